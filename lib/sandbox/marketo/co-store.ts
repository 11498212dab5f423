import { randomUUID } from "node:crypto";
import { SANDBOX_CUSTOM_OBJECT } from "./constants";
import { describeObject, type SandboxField } from "./co-schemas";
import { isoSeconds, type SandboxInstance } from "./instance";
import { failure, MESSAGES, reason, success, type Envelope } from "./respond";
import { checkValue, storedValue } from "./value-check";

/** Describe and Sync Custom Objects for `oN24Attendee_c`, as DEV/custom-objects describes them. */

const MAX_RECORDS = 300;
const SYSTEM_FIELDS = new Set(["marketoGUID", "createdAt", "updatedAt"]);

/** 603/610 for the variants without a usable object; null when the object can be used. */
function unusable(instance: SandboxInstance, name: string): Envelope | null {
  if (instance.options.schema === "access-denied") return failure("603", MESSAGES["603"]);
  if (name !== SANDBOX_CUSTOM_OBJECT || instance.options.schema === "object-missing") return failure("610", MESSAGES["610"]);
  return null;
}

export function describeCustomObject(instance: SandboxInstance, name: string): Envelope {
  const refused = unusable(instance, name);
  if (refused) return refused;
  const definition = instance.objectDefinition;
  // [U] what Marketo answers for a type that is only a draft: the simulator offers an empty result as one variant.
  return definition ? success([describeObject(definition)]) : success([]);
}

export function syncCustomObjects(instance: SandboxInstance, name: string, body: unknown, now: number): Envelope {
  const refused = unusable(instance, name);
  if (refused) return refused;
  const definition = instance.objectDefinition;
  if (!definition) return failure("610", MESSAGES["610"]);
  const request = body as { action?: unknown; dedupeBy?: unknown; input?: unknown } | null;
  if (!request || !Array.isArray(request.input)) return failure("701", "input cannot be blank");
  if (request.input.length > MAX_RECORDS) return failure("1003", `input has ${request.input.length} records; at most ${MAX_RECORDS} are allowed`);
  const action = request.action ?? "createOrUpdate";
  if (action !== "createOrUpdate" && action !== "createOnly" && action !== "updateOnly") return failure("1003", `Invalid action '${String(action)}'`);
  if ((request.dedupeBy ?? "dedupeFields") !== "dedupeFields") return failure("1003", "Only dedupeBy 'dedupeFields' is supported by the sandbox");

  const fields = new Map(definition.fields.map((f) => [f.name, f]));
  const seenInBatch = new Set<string>();
  const result = request.input.map((input: unknown, seq: number) => {
    const skipped = (code: string, message: string) => ({ seq, status: "skipped", reasons: [reason(code, message)] });
    if (!input || typeof input !== "object") return skipped("1003", "Invalid data");
    const record = input as Record<string, unknown>;
    for (const [field, value] of Object.entries(record)) {
      if (SYSTEM_FIELDS.has(field)) return skipped("1003", `Invalid data: field '${field}' is read-only`);
      const spec = fields.get(field);
      if (!spec) return skipped("1006", `Field '${field}' not found`);
      const problem = checkValue(spec, value);
      if (problem) return skipped("1003", problem);
    }
    const missing = definition.dedupeFields.find((f) => record[f] === undefined || record[f] === null || record[f] === "");
    if (missing) return skipped("1003", `Invalid data: missing value for dedupe field '${missing}'`);
    if (!instance.leads.has(Number(record.personid))) return skipped("1004", "Lead not found");
    const key = definition.dedupeFields.map((f) => String(storedValue(fields.get(f)!, record[f]))).join("|");
    if (seenInBatch.has(key)) return skipped("1036", "Duplicate object found in input");
    seenInBatch.add(key);
    const existing = instance.customObjects.get(key);
    if (action === "createOnly" && existing) return skipped("1017", "Object already exists");
    if (action === "updateOnly" && !existing) return skipped("1013", "Object not found");
    const values = storedValues(fields, record);
    if (existing) {
      Object.assign(existing.values, values);
      existing.updatedAt = isoSeconds(now);
      return { seq, status: "updated", marketoGUID: existing.marketoGUID };
    }
    const created = { marketoGUID: randomUUID(), createdAt: isoSeconds(now), updatedAt: isoSeconds(now), values };
    instance.customObjects.set(key, created);
    return { seq, status: "created", marketoGUID: created.marketoGUID };
  });
  return success(result);
}

function storedValues(fields: Map<string, SandboxField>, record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(record)) out[name] = storedValue(fields.get(name)!, value);
  return out;
}
