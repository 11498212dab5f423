// The three dedupe fields. Every upsert must carry all of them (Marketo rejects a record missing one),
// and they are never cut, so any problem here fails the record rather than warning.
import { dataTypeLabel } from "@/lib/sync/fields/data-types";
import { isCompatibleType, recommendedTypeLabel } from "@/lib/sync/fields/type-compat";
import { canonicalId, idForField } from "./ids";
import type { ObjectPlan, PlannedField } from "./object-plan";
import type { SourceContext } from "./raw-value";
import type { FailureCode, MappedValue, Region } from "./types";
import { isBlank } from "./values";

export interface KeyInput extends SourceContext {
  region: Region;
  leadId: unknown;
  /** From the response or the path, for event-level records that carry no eventid. */
  eventId?: unknown;
}

export type KeyResult =
  | { ok: true; entries: [string, MappedValue][]; eventId: string; eventUserId: string; personId: string }
  | { ok: false; code: FailureCode; message: string };

type Failure = Extract<KeyResult, { ok: false }>;

const fail = (code: FailureCode, message: string): Failure => ({ ok: false, code, message });

function firstPresent(values: unknown[]): unknown {
  return values.find((v) => !isBlank(v));
}

export function resolveKeys(plan: ObjectPlan, input: KeyInput): KeyResult {
  const person = plan.byApiName.get("personid");
  const event = plan.byApiName.get("eventid");
  const eventUser = plan.byApiName.get("eventuserid");
  if (!person || !event || !eventUser) {
    const missing = ["personid", "eventid", "eventuserid"].filter((n) => !plan.byApiName.has(n)).join(", ");
    return fail("missing_dedupe_field", `The ON24 Attendee object in Marketo has no ${missing} field, so no record can be saved.`);
  }
  // Europe/Global tenants must declare String ids; no tenant can hold an id in, say, a Datetime field.
  for (const target of [person, event, eventUser]) {
    if (!isCompatibleType(target.spec, target.dataType, input.region)) {
      const needed = recommendedTypeLabel(target.spec, input.region);
      return fail("id_type_not_allowed", `${target.name} is a ${dataTypeLabel(target.dataType)} field in Marketo; it must be ${needed} for this account.`);
    }
  }

  const personId = canonicalId(input.leadId);
  if (personId === undefined) return fail("missing_person", "No Marketo person was found or created for this email address.");
  const eventRaw = firstPresent([input.attendee?.eventid, input.registrant?.eventid, input.eventId]);
  const eventUserRaw = firstPresent([input.attendee?.eventuserid, input.registrant?.eventuserid]);
  if (eventRaw === undefined) return fail("missing_event_id", "ON24 sent this record without an event id.");
  if (eventUserRaw === undefined) return fail("missing_event_user_id", "ON24 sent this record without an eventuserid.");
  const eventId = canonicalId(eventRaw);
  const eventUserId = canonicalId(eventUserRaw);
  if (eventId === undefined) return fail("invalid_event_id", `ON24 sent the event id ${JSON.stringify(eventRaw)}, which is not a number.`);
  if (eventUserId === undefined) return fail("invalid_event_user_id", `ON24 sent the eventuserid ${JSON.stringify(eventUserRaw)}, which is not a number.`);

  const entries: [string, MappedValue][] = [];
  const checks: [PlannedField, string, FailureCode][] = [
    [person, personId, "invalid_person_id"],
    [event, eventId, "invalid_event_id"],
    [eventUser, eventUserId, "invalid_event_user_id"],
  ];
  for (const [target, id, code] of checks) {
    const typed = idForField(id, target.dataType, { maxDigits: target.spec.maxDigits, maxLength: target.limit });
    if (!typed.ok) return fail(code, `${target.name}: ${typed.reason}.`);
    entries.push([target.name, typed.value]);
  }
  return { ok: true, entries, eventId, eventUserId, personId };
}
