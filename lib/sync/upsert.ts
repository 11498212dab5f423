// The batch's oN24Attendee_c upsert: createOrUpdate by dedupe fields, one call for ≤300 records. A lead
// id remembered from an earlier write that Marketo no longer knows (1004: merged or deleted) is looked
// up again once and the record re-sent.
import { FAILURE_CODES } from "@/lib/activity/sync-codes";
import type { CustomObjectSyncRecordResult } from "@/lib/marketo/types";
import type { MapResult } from "@/lib/sync/mapping/types";
import type { RunContext } from "./context";
import { emailKey, type FingerprintRow, type OutcomeRow, type SyncItem } from "./items";
import { mapItem } from "./map-item";
import { failedOutcome, writtenOutcome } from "./outcomes";
import { resolvePeople } from "./people";

const LEAD_NOT_FOUND = "1004";

export type UpsertEntry = { item: SyncItem; leadId: string; created: boolean };
export type RecordResult = { outcome: OutcomeRow; fingerprint?: FingerprintRow };
export type UpsertResult = Map<SyncItem, RecordResult>;

export async function upsertRecords(ctx: RunContext, entries: readonly UpsertEntry[], retryStaleLeads = true): Promise<UpsertResult> {
  const results = new Map<SyncItem, RecordResult>();
  const sendable: { entry: UpsertEntry; mapped: Extract<MapResult, { ok: true }> }[] = [];
  for (const entry of entries) {
    const mapped = mapItem(ctx, entry.item, entry.leadId);
    if (mapped.ok) sendable.push({ entry, mapped });
    else results.set(entry.item, { outcome: failedOutcome(entry.item, mapped.code, mapped.message, { leadId: entry.leadId, warnings: mapped.warnings }) });
  }
  if (sendable.length === 0) return results;

  const replies = await ctx.marketo.syncCustomObjects(ctx.objectName, sendable.map((s) => s.mapped.record));
  const stale: SyncItem[] = [];
  for (const reply of replies) {
    const { entry, mapped } = sendable[reply.index];
    const remembered = entry.item.leadIdFrom === "fingerprint" || entry.item.leadIdFrom === "run";
    if (retryStaleLeads && remembered && reply.reasons.some((r) => r.code === LEAD_NOT_FOUND)) stale.push(entry.item);
    else results.set(entry.item, resultOf(entry, mapped, reply));
  }
  if (stale.length === 0) return results;

  for (const item of stale) {
    ctx.leads.forget(emailKey(item.email) ?? "");
    Object.assign(item, { leadId: null, leadIdFrom: null });
  }
  const people = await resolvePeople(ctx, stale);
  const again: UpsertEntry[] = [];
  for (const item of stale) {
    const person = people.get(item)!;
    if (person.ok) again.push({ item, leadId: person.leadId, created: person.created });
    else results.set(item, { outcome: person.outcome, fingerprint: person.fingerprint });
  }
  const retried = await upsertRecords(ctx, again, false);
  retried.forEach((value, key) => results.set(key, value));
  return results;
}

function resultOf(entry: UpsertEntry, mapped: Extract<MapResult, { ok: true }>, reply: CustomObjectSyncRecordResult): RecordResult {
  const { item, leadId } = entry;
  if (reply.status === "created" || reply.status === "updated") {
    const outcome = writtenOutcome(item, reply.status, leadId, mapped.warnings, { marketoGUID: reply.marketoGUID, leadCreated: entry.created });
    const fingerprint = { eventId: item.eventId, eventUserId: item.eventUserId, pass: item.pass, hash: mapped.fingerprint, leadId };
    return { outcome, fingerprint };
  }
  const reason = reply.reasons[0];
  const code = reason?.code ?? FAILURE_CODES.REJECTED_WITHOUT_REASON;
  const message = `Marketo did not save the record: ${reason?.message ?? "it gave no reason"}.`;
  return { outcome: failedOutcome(item, code, message, { leadId, reasons: reply.reasons, warnings: mapped.warnings }) };
}
