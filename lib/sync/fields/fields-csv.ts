// The setup guide's download: the custom-object fields to create, for this workspace's region.
import type { Region } from "@/db/schema";
import { ATTENDEE_FIELDS } from "./attendee-fields";
import { dataTypeLabel } from "./data-types";
import type { AttendeeFieldSpec } from "./field-spec";

const HEADER = ["API name", "Display name", "Type", "Length"];
/** RFC 4180 line ending; Excel and Sheets both read it. */
const EOL = "\r\n";

export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * North America may use Integer or String for eventid/eventuserid; the CSV proposes Integer (the guide's
 * first choice) unless asked for String. Europe/Global always get String.
 */
export function fieldRow(spec: AttendeeFieldSpec, region: Region, naIdType: "integer" | "string" = "integer"): string[] {
  if (spec.marketoType === "id") {
    const integer = region !== "eu" && naIdType === "integer";
    return [spec.apiName, spec.displayName, integer ? "Integer" : "String", String(integer ? spec.maxDigits : spec.maxLength)];
  }
  if (spec.marketoType === "link") return [spec.apiName, spec.displayName, "Link (Person › ID)", ""];
  const size = spec.maxLength ?? spec.maxDigits;
  return [spec.apiName, spec.displayName, dataTypeLabel(spec.marketoType), size === null ? "" : String(size)];
}

export function customObjectFieldsCsv(region: Region, options: { naIdType?: "integer" | "string" } = {}): string {
  const rows = [HEADER, ...ATTENDEE_FIELDS.map((spec) => fieldRow(spec, region, options.naIdType))];
  return rows.map((row) => row.map(csvCell).join(",")).join(EOL) + EOL;
}
