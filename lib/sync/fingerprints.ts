// record_fingerprints: a hash of what was last written per (workspace, event, eventuserid, pass) and the
// lead it was written for, so a re-read record whose mapped values did not change costs no Marketo call.
// Each stored hash is tagged with the Marketo instance it was written to: when a workspace is connected
// to another instance (a sandbox, then production), its old rows, lead ids included, no longer apply.
import { createHash } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { recordFingerprints } from "@/db/schema";
import type { Pass } from "@/lib/sync/mapping/types";
import type { DbOrTx } from "./db-types";
import { itemKey, type FingerprintRow } from "./items";

export type StoredFingerprint = { hash: string; leadId: string | null; updatedAt: Date };
export type StoredPair = Partial<Record<Pass, StoredFingerprint>>;

/** Both passes' fingerprints of these records, keyed by itemKey(eventId, eventUserId). */
export async function loadFingerprints(
  db: DbOrTx,
  workspaceId: string,
  keys: readonly { eventId: string; eventUserId: string }[],
  target: string,
): Promise<Map<string, StoredPair>> {
  const tag = `${target}:`;
  const result = new Map<string, StoredPair>();
  if (keys.length === 0) return result;
  const wanted = new Set(keys.map((k) => itemKey(k.eventId, k.eventUserId)));
  const rows = await db
    .select()
    .from(recordFingerprints)
    .where(
      and(
        eq(recordFingerprints.workspaceId, workspaceId),
        inArray(recordFingerprints.eventUserId, [...new Set(keys.map((k) => k.eventUserId))]),
      ),
    );
  for (const row of rows) {
    const key = itemKey(row.eventId, row.eventUserId);
    if (!wanted.has(key) || !row.hash.startsWith(tag)) continue;
    const pair = result.get(key) ?? {};
    pair[row.pass as Pass] = { hash: row.hash.slice(tag.length), leadId: row.leadId, updatedAt: row.updatedAt };
    result.set(key, pair);
  }
  return result;
}

export async function storeFingerprints(db: DbOrTx, workspaceId: string, rows: readonly FingerprintRow[], target: string): Promise<void> {
  if (rows.length === 0) return;
  // One row per key: a later result in the same batch replaces an earlier one.
  const unique = new Map(rows.map((r) => [`${itemKey(r.eventId, r.eventUserId)}|${r.pass}`, r]));
  await db
    .insert(recordFingerprints)
    .values([...unique.values()].map((r) => ({ workspaceId, ...r, hash: `${target}:${r.hash}` })))
    .onConflictDoUpdate({
      target: [recordFingerprints.workspaceId, recordFingerprints.eventId, recordFingerprints.eventUserId, recordFingerprints.pass],
      set: { hash: sql`excluded.hash`, leadId: sql`excluded.lead_id`, updatedAt: sql`now()` },
    });
}

/** A short, stable tag of the Marketo instance (its REST origin). */
export function marketoTarget(origin: string): string {
  return createHash("sha256").update(origin.trim().toLowerCase().replace(/\/+$/, "")).digest("hex").slice(0, 12);
}
