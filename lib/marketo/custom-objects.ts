import { MarketoError } from "./errors";
import { tooLarge } from "./leads";
import { splitForLimits } from "./limits";
import { customObjectDescribeResponseSchema, customObjectSyncResponseSchema } from "./schemas";
import type { Transport } from "./transport";
import type { CustomObjectDescribe, CustomObjectRecord, CustomObjectSyncRecordResult, MarketoReason } from "./types";

/** The ON24 object's compound key (DESIGN.md §1). */
export const ON24_DEDUPE_FIELDS = ["personid", "eventid", "eventuserid"];
/** Custom-object API names use letters, digits and `_` (DEV/custom-objects); anything else never reaches a URL. */
const API_NAME = /^[A-Za-z0-9_]{1,100}$/;
const RECORD_STATUSES = new Set(["created", "updated", "skipped"]);

function checkName(name: string, operation: "describeCustomObject" | "syncCustomObjects") {
  if (!API_NAME.test(name)) throw new MarketoError("fatal", `"${name}" is not a valid custom object API name.`, { operation });
}

/**
 * `GET /rest/v1/customobjects/{name}/describe.json` — the record API's describe, which the ON24 role
 * (Read-Write Custom Object) may call; the schema API would need Custom Object *Type* permissions.
 * An empty result is reported like 610: the object is missing or not approved.
 */
export async function describeCustomObject(transport: Transport, name: string): Promise<CustomObjectDescribe> {
  checkName(name, "describeCustomObject");
  const reply = await transport.call(
    { operation: "describeCustomObject", method: "GET", path: `/rest/v1/customobjects/${name}/describe.json` },
    customObjectDescribeResponseSchema,
  );
  const meta = reply.result[0];
  if (!meta) {
    throw new MarketoError("not-found", `Marketo has no approved custom object named ${name}.`, { operation: "describeCustomObject", code: "empty" });
  }
  return {
    name: meta.name ?? meta.apiName ?? name,
    displayName: meta.displayName,
    idField: meta.idField,
    dedupeFields: meta.dedupeFields,
    searchableFields: meta.searchableFields,
    relationships: meta.relationships.map((r) => ({ field: r.field, type: r.type, relatedTo: r.relatedTo ?? r.object ?? null })),
    fields: meta.fields,
  };
}

export type SyncCustomObjectsOptions = { dedupeFields?: string[]; action?: "createOrUpdate" | "createOnly" | "updateOnly" };

type Group = { indices: number[]; record: CustomObjectRecord };

/**
 * Upserts records with `dedupeBy: dedupeFields`, ≤300 (and ≤1 MB) per call. Inputs that share a dedupe
 * key are merged first (later values win): Marketo would otherwise skip the repeat with 1036.
 */
export async function syncCustomObjects(
  transport: Transport,
  name: string,
  records: CustomObjectRecord[],
  options: SyncCustomObjectsOptions = {},
): Promise<CustomObjectSyncRecordResult[]> {
  checkName(name, "syncCustomObjects");
  const groups = mergeByDedupeKey(records, options.dedupeFields ?? ON24_DEDUPE_FIELDS);
  const action = options.action ?? "createOrUpdate";
  const bodyOf = (batch: Group[]) => ({ action, dedupeBy: "dedupeFields", input: batch.map((g) => g.record) });
  const { batches, oversized } = splitForLimits(groups, bodyOf);
  const byGroup = new Map<Group, Omit<CustomObjectSyncRecordResult, "index">>();
  for (const group of oversized) byGroup.set(group, tooLarge(group.indices[0]));
  for (const batch of batches) {
    const reply = await transport.call(
      { operation: "syncCustomObjects", method: "POST", path: `/rest/v1/customobjects/${name}.json`, json: bodyOf(batch) },
      customObjectSyncResponseSchema,
    );
    // `seq` is the index in the request input; fall back to position when a reply carries no seq at all.
    const bySeq = reply.result.some((r) => r.seq !== undefined);
    batch.forEach((group, position) => {
      const item = bySeq ? reply.result.find((r) => r.seq === position) : reply.result[position];
      if (!item) {
        byGroup.set(group, { status: "failed", reasons: [{ code: "no-result", message: "Marketo returned no result for this record." }] });
        return;
      }
      const reasons: MarketoReason[] = item.reasons ?? [];
      const status = item.status && RECORD_STATUSES.has(item.status) ? (item.status as CustomObjectSyncRecordResult["status"]) : "failed";
      byGroup.set(group, { status, ...(item.marketoGUID ? { marketoGUID: item.marketoGUID } : {}), reasons });
    });
  }
  const results: CustomObjectSyncRecordResult[] = [];
  for (const group of groups) {
    const outcome = byGroup.get(group)!;
    group.indices.forEach((index, i) => results.push({ ...outcome, index, ...(i > 0 ? { mergedInto: group.indices[0] } : {}) }));
  }
  return results.sort((a, b) => a.index - b.index);
}

/** Groups records by their dedupe key in first-seen order; a record missing a key part stays alone (Marketo rejects it). */
export function mergeByDedupeKey(records: CustomObjectRecord[], dedupeFields: string[]): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  records.forEach((record, index) => {
    const parts = dedupeFields.map((field) => record[field]);
    if (parts.some((part) => part === undefined || part === null || part === "")) {
      groups.push({ indices: [index], record: { ...record } });
      return;
    }
    // 123 and "123" are the same key to Marketo; the unit separator cannot occur inside an id.
    const key = parts.map((part) => String(part)).join("\u001f");
    const existing = byKey.get(key);
    if (existing) {
      existing.indices.push(index);
      existing.record = { ...existing.record, ...record };
      return;
    }
    const group = { indices: [index], record: { ...record } };
    byKey.set(key, group);
    groups.push(group);
  });
  return groups;
}
