// Shared by the mapping tests: map one attendee against chosen table fields and insist on success.
import { ATTENDEE_FIELDS } from "@/lib/sync/fields/attendee-fields";
import { describeWith, fieldsNamed } from "./describes";
import { mapAttendeePass } from "../attendee-pass";
import type { MapResult, On24Record, Region } from "../types";

export const KEY_FIELDS = ["personid", "eventid", "eventuserid"];
export const BASE_ATTENDEE = { eventid: 311512, eventuserid: 49502149, email: "ada@example.com" };
export const ALL_FIELD_NAMES = ATTENDEE_FIELDS.map((f) => f.apiName);

export function mapFields(
  names: readonly string[],
  attendee: On24Record,
  options: { registrant?: On24Record; event?: On24Record; region?: Region; idType?: "integer" | "string" } = {},
): MapResult {
  return mapAttendeePass({
    describe: describeWith(fieldsNamed([...KEY_FIELDS, ...names], options.idType)),
    region: options.region ?? "na",
    leadId: 7,
    attendee: { ...BASE_ATTENDEE, ...attendee },
    registrant: options.registrant,
    event: options.event,
  });
}

export function expectOk(result: MapResult): Extract<MapResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected a mapped record, got ${result.code}: ${result.message}`);
  return result;
}
