// Which Marketo data types can hold each table type without losing meaning, and what to suggest instead.
import type { Region } from "@/db/schema";
import { dataTypeLabel } from "./data-types";
import type { AttendeeFieldSpec, MarketoType } from "./field-spec";

/** Lossless homes for each table type (integer fits a Float; an email fits a String). */
const COMPATIBLE: Record<Exclude<MarketoType, "id">, readonly string[]> = {
  // A link to Lead id shows in describe as "link" or as its target's type.
  link: ["link", "integer", "string"],
  email: ["email", "string", "text"],
  integer: ["integer", "float"],
  float: ["float", "currency"],
  string: ["string", "text"],
  text: ["text", "string"],
  datetime: ["datetime"],
};

/** The guide's note in step 5: North America may use Integer or String, Europe/Global String only. */
export function allowedIdTypes(region: Region): readonly string[] {
  return region === "eu" ? ["string"] : ["integer", "string"];
}

export function allowedTypes(spec: AttendeeFieldSpec, region: Region): readonly string[] {
  return spec.marketoType === "id" ? allowedIdTypes(region) : COMPATIBLE[spec.marketoType];
}

export function isCompatibleType(spec: AttendeeFieldSpec, dataType: string, region: Region): boolean {
  return allowedTypes(spec, region).includes(dataType.toLowerCase());
}

/** The type to tell a marketer to choose, in Marketo's words. */
export function recommendedTypeLabel(spec: AttendeeFieldSpec, region: Region): string {
  if (spec.marketoType === "id") return region === "eu" ? "String" : "Integer or String";
  return dataTypeLabel(spec.marketoType);
}
