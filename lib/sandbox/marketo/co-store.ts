import { createHash, randomUUID } from "node:crypto";
import { SANDBOX_CUSTOM_OBJECT } from "./constants";
import { describeObject, type SandboxField } from "./co-schemas";
import { isoSeconds, type SandboxInstance } from "./instance";
import { failure, MESSAGES, reason, success, type Envelope } from "./respond";
import { checkValue, storedValue } from "./value-check";

/** Describe, Sync and Query Custom Objects for `oN24Attendee_c`, as DEV/custom-objects describes them. */

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
    if (!existing && refusesOnce(instance, key)) return skipped("1014", "Failed to create object");
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

/**
 * A flaky instance refuses one in five new records once (chosen by a hash of the key, so runs repeat),
 * as Marketo sometimes answers 1014 for a record it could not create; the same record sent again is created.
 */
function refusesOnce(instance: SandboxInstance, key: string): boolean {
  if (!instance.options.flakyCreates || instance.refusedOnce.has(key)) return false;
  if (createHash("sha1").update(key).digest()[0] % 5 !== 0) return false;
  instance.refusedOnce.add(key);
  return true;
}

const QUERY_FILTERS = new Set(["marketoGUID", "personid"]);
const MAX_FILTER_VALUES = 300;

/**
 * Query Custom Objects (GET /rest/v1/customobjects/{name}.json) by one of the object's single-field
 * searchable fields: `marketoGUID` or `personid`. Each record carries its GUID, dedupe fields and dates,
 * plus the `fields` asked for. Compound-key lookups (a JSON body) are not simulated: 1003.
 */
export function queryCustomObjects(instance: SandboxInstance, name: string, params: URLSearchParams): Envelope {
  const refused = unusable(instance, name);
  if (refused) return refused;
  const definition = instance.objectDefinition;
  if (!definition) return failure("610", MESSAGES["610"]);
  const filterType = params.get("filterType");
  const filterValues = params.get("filterValues");
  if (!filterType || !filterValues) return failure("1003", "filterType and filterValues are required");
  if (!QUERY_FILTERS.has(filterType)) return failure("1003", `Invalid filterType '${filterType}'`);
  const wanted = new Set(filterValues.split(",").map((v) => v.trim()));
  if (wanted.size > MAX_FILTER_VALUES) return failure("1003", `filterValues has more than ${MAX_FILTER_VALUES} values`);
  const batchSize = Math.min(Number(params.get("batchSize") ?? MAX_RECORDS) || MAX_RECORDS, MAX_RECORDS);
  const offset = Number(params.get("nextPageToken") ?? 0) || 0;
  const extra = (params.get("fields") ?? "").split(",").map((f) => f.trim()).filter(Boolean);
  const matches = instance
    .customObjectRecords()
    .filter((r) => wanted.has(String(filterType === "marketoGUID" ? r.marketoGUID : r.values[filterType])));
  const page = matches.slice(offset, offset + batchSize).map((r, i) => {
    const out: Record<string, unknown> = { seq: offset + i, marketoGUID: r.marketoGUID };
    for (const f of definition.dedupeFields) out[f] = r.values[f];
    for (const f of extra) if (f in r.values) out[f] = r.values[f];
    return { ...out, createdAt: r.createdAt, updatedAt: r.updatedAt };
  });
  const more = offset + batchSize < matches.length;
  return success(page, more ? { nextPageToken: String(offset + batchSize) } : {});
}

function storedValues(fields: Map<string, SandboxField>, record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(record)) out[name] = storedValue(fields.get(name)!, value);
  return out;
}
