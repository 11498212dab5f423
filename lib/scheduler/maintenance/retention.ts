import { sql } from "drizzle-orm";
import type { Db } from "@/db";

/**
 * Retention of per-record outcomes: rows older than the configured number of days are deleted in bounded
 * batches, so one maintenance run never holds a long lock on the Activity log or outlives its function.
 * What is left over is deleted by the next daily run.
 */

/** Rows per DELETE: small enough to keep each statement well under a second on a busy table. */
export const RETENTION_BATCH_SIZE = 5_000;

export type RetentionResult = { cutoff: string; deleted: number; batches: number; complete: boolean };

export async function deleteOldOutcomes(
  db: Db,
  options: { retentionDays: number; deadline: number; now?: () => number; batchSize?: number },
): Promise<RetentionResult> {
  const now = options.now ?? Date.now;
  const batchSize = options.batchSize ?? RETENTION_BATCH_SIZE;
  const cutoff = new Date(now() - options.retentionDays * 86_400_000).toISOString();
  let deleted = 0;
  let batches = 0;
  while (now() < options.deadline) {
    const result = await db.execute(sql`
      delete from record_outcomes where id in (
        select id from record_outcomes where created_at < ${cutoff}::timestamptz limit ${batchSize})
      returning 1`);
    // Counted from RETURNING: node-postgres and PGlite report affected rows under different names.
    const count = result.rows.length;
    deleted += count;
    batches += 1;
    if (count < batchSize) return { cutoff, deleted, batches, complete: true };
  }
  return { cutoff, deleted, batches, complete: false };
}
