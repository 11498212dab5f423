// One batch of ≤300 records through Marketo: people (lookup, create), then the custom-object upsert.
// A batch Marketo refuses as a whole after the client's retries is recorded record by record as failed.
import type { MarketoError } from "@/lib/marketo/errors";
import type { RunContext } from "./context";
import { isRecordLevelError } from "./failures";
import type { FingerprintRow, OutcomeRow, SyncItem } from "./items";
import { failedOutcome } from "./outcomes";
import { resolvePeople } from "./people";
import { upsertRecords, type RecordResult, type UpsertEntry } from "./upsert";

export type BatchResult = {
  outcomes: OutcomeRow[];
  fingerprints: FingerprintRow[];
  /** Set when Marketo refused the batch as a whole; its records are recorded as failed. */
  refused?: MarketoError;
};

export async function writeBatch(ctx: RunContext, items: readonly SyncItem[]): Promise<BatchResult> {
  const results = new Map<SyncItem, RecordResult>();
  let refused: MarketoError | undefined;
  try {
    const people = await resolvePeople(ctx, items);
    const entries: UpsertEntry[] = [];
    for (const item of items) {
      const person = people.get(item)!;
      if (person.ok) entries.push({ item, leadId: person.leadId, created: person.created });
      else results.set(item, { outcome: person.outcome, fingerprint: person.fingerprint });
    }
    const upserted = await upsertRecords(ctx, entries);
    upserted.forEach((result, item) => results.set(item, result));
  } catch (error) {
    if (!isRecordLevelError(error)) throw error;
    refused = error;
    const message = `Marketo refused the batch this record was in: ${error.message}`;
    for (const item of items) {
      if (!results.has(item)) results.set(item, { outcome: failedOutcome(item, error.code ?? error.kind, message, { leadId: item.leadId }) });
    }
  }
  const ordered = items.map((item) => results.get(item)!);
  return {
    outcomes: ordered.map((r) => r.outcome),
    fingerprints: ordered.flatMap((r) => (r.fingerprint ? [r.fingerprint] : [])),
    ...(refused ? { refused } : {}),
  };
}
