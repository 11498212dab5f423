// Builds one oN24Attendee_c upsert from the records of one pass. Shared by both passes; the pass decides
// which fields may be written (MAPPING-NOTES §2) and which records are present.
import { coerce } from "./coerce";
import { fingerprintRecord } from "./fingerprint";
import { planFor } from "./object-plan";
import type { SourceContext } from "./raw-value";
import { resolveKeys, type KeyInput } from "./record-keys";
import { rawValueFor } from "./sources";
import type { CustomObjectDescribe, MappedRecord, MappingWarning, MapResult, Pass } from "./types";
import { isBlank } from "./values";

export interface AssembleInput extends KeyInput, SourceContext {
  describe: CustomObjectDescribe;
  pass: Pass;
}

export function assembleRecord(input: AssembleInput): MapResult {
  const plan = planFor(input.describe);
  const keys = resolveKeys(plan, input);
  if (!keys.ok) return { ...keys, warnings: [] };

  const record: MappedRecord = Object.fromEntries(keys.entries);
  const warnings: MappingWarning[] = [];
  const ctx: SourceContext = { attendee: input.attendee, registrant: input.registrant, event: input.event };
  for (const target of plan.fields) {
    const { spec } = target;
    if (spec.dedupe) continue;
    // The registrant pass must not send attendee-derived fields: a later registrant write would reset them.
    if (input.pass === "registrant" && !spec.registrantPass) continue;
    const raw = rawValueFor(spec, ctx);
    if (isBlank(raw)) continue; // C1: omit, never blank
    const result = coerce(raw, target);
    if (result.warning) warnings.push(result.warning);
    if (result.value !== undefined) record[target.name] = result.value;
  }

  return {
    ok: true,
    record,
    warnings,
    key: { eventId: keys.eventId, eventUserId: keys.eventUserId, pass: input.pass },
    dedupeKey: `${keys.personId}|${keys.eventId}|${keys.eventUserId}`,
    fingerprint: fingerprintRecord(record, input.pass),
  };
}
