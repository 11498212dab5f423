// A registrant cut down to what the attendee pass and lead creation read from it (the field tables'
// registrant sources), so a run can hold a large event's registrants in little memory. The mapping reads
// nothing else from a registrant, so a join through the slim record maps exactly like the full one.
import { ATTENDEE_FIELDS } from "@/lib/sync/fields/attendee-fields";
import { LEAD_FIELDS } from "@/lib/sync/fields/lead-fields";
import type { On24Registrant } from "@/lib/on24/schemas";
import type { On24Record } from "@/lib/sync/mapping/types";
import { isBlank } from "@/lib/sync/mapping/values";

/** Keys of the join and the record's identity, besides the tables' registrant sources. */
const IDENTITY_KEYS = ["eventid", "eventuserid", "email"];

export const REGISTRANT_KEYS: readonly string[] = [
  ...new Set([
    ...IDENTITY_KEYS,
    ...ATTENDEE_FIELDS.flatMap((f) => (f.sourcePaths ?? []).filter((s) => s.record === "registrant").map((s) => String(s.path[0]))),
    ...LEAD_FIELDS.flatMap((f) => f.sources.filter((s) => s.record === "registrant").map((s) => String(s.path[0]))),
  ]),
];

export function slimRegistrant(registrant: On24Record, eventId: string): On24Registrant {
  const slim: Record<string, unknown> = { eventid: eventId };
  for (const key of REGISTRANT_KEYS) {
    const value = registrant[key];
    if (key !== "eventid" && !isBlank(value)) slim[key] = value;
  }
  return slim as On24Registrant;
}
