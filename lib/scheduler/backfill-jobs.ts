import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { backfillJobs, type BackfillStatus } from "@/db/schema";
import { ActionError } from "@/lib/actions/action-error";
import { recordAudit } from "@/lib/audit";
import { OPEN_BACKFILL_STATUSES } from "./backfill-queue";

/** Backfill jobs as the Options page shows them, and cancelling one. */

/** Finished jobs older than the newest few are history nobody scrolls to on the Options page. */
export const BACKFILL_LIST_LIMIT = 20;

export type BackfillJobView = {
  id: string;
  startDate: string;
  endDate: string;
  status: BackfillStatus;
  recordsDone: number;
  recordsEstimate: number | null;
  error: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** Open jobs first (in the order they will run), then the most recent finished ones. */
export async function listBackfillJobs(db: Db, workspaceId: string, limit = BACKFILL_LIST_LIMIT): Promise<BackfillJobView[]> {
  return db
    .select({
      id: backfillJobs.id,
      startDate: backfillJobs.startDate,
      endDate: backfillJobs.endDate,
      status: backfillJobs.status,
      recordsDone: backfillJobs.recordsDone,
      recordsEstimate: backfillJobs.recordsEstimate,
      error: backfillJobs.error,
      createdAt: backfillJobs.createdAt,
      updatedAt: backfillJobs.updatedAt,
    })
    .from(backfillJobs)
    .where(eq(backfillJobs.workspaceId, workspaceId))
    .orderBy(
      sql`case ${backfillJobs.status} when 'running' then 0 when 'queued' then 1 else 2 end`,
      sql`case when ${backfillJobs.status} in ('running', 'queued') then ${backfillJobs.createdAt} end asc`,
      desc(backfillJobs.updatedAt),
    )
    .limit(limit);
}

export const ALREADY_FINISHED = "This backfill has already finished or was cancelled; there is nothing to stop.";

/**
 * Cancels a queued or running job of this workspace. A queued job never starts; a running one stops at
 * its next checkpoint (the engine and the scheduler both re-read the status), keeping what it wrote.
 */
export async function cancelBackfillJob(db: Db, input: { workspaceId: string; jobId: string; userId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const [job] = await tx
      .update(backfillJobs)
      .set({ status: "cancelled", updatedAt: sql`now()` })
      .where(
        and(
          eq(backfillJobs.id, input.jobId),
          eq(backfillJobs.workspaceId, input.workspaceId),
          inArray(backfillJobs.status, [...OPEN_BACKFILL_STATUSES]),
        ),
      )
      .returning({ startDate: backfillJobs.startDate, endDate: backfillJobs.endDate });
    if (!job) throw new ActionError(ALREADY_FINISHED);
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      userId: input.userId,
      action: "options.backfill_cancelled",
      detail: { days: `${job.startDate} to ${job.endDate}` },
    });
  });
}
