import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { backfillJobs, type BackfillJob } from "@/db/schema";

/** Backfill jobs as the scheduler sees them: one workspace works on its oldest open job at a time. */

export const OPEN_BACKFILL_STATUSES = ["queued", "running"] as const;

/** The workspace's oldest queued or running job (a running one first: finish before starting another). */
export async function nextOpenBackfill(db: Db, workspaceId: string): Promise<BackfillJob | null> {
  const [job] = await db
    .select()
    .from(backfillJobs)
    .where(and(eq(backfillJobs.workspaceId, workspaceId), inArray(backfillJobs.status, [...OPEN_BACKFILL_STATUSES])))
    .orderBy(sql`case when ${backfillJobs.status} = 'running' then 0 else 1 end`, asc(backfillJobs.createdAt))
    .limit(1);
  return job ?? null;
}

/** Whether the job may still run (an admin may have cancelled it since it was picked). */
export async function isBackfillOpen(db: Db, jobId: string): Promise<boolean> {
  const [job] = await db.select({ status: backfillJobs.status }).from(backfillJobs).where(eq(backfillJobs.id, jobId)).limit(1);
  return !!job && (OPEN_BACKFILL_STATUSES as readonly string[]).includes(job.status);
}

/** Closes a job the scheduler will not run, with a reason the Options page shows. */
export async function failBackfill(db: Db, jobId: string, message: string): Promise<void> {
  await db
    .update(backfillJobs)
    .set({ status: "failed", error: message, updatedAt: sql`now()` })
    .where(and(eq(backfillJobs.id, jobId), inArray(backfillJobs.status, [...OPEN_BACKFILL_STATUSES])));
}

/**
 * Closes the process of every cancelled job of the workspace that is still open. The engine keeps a
 * cut-off backfill process `running` for its next chunk; once the job is cancelled no chunk comes, so
 * the scheduler (which stopped scheduling it) ends the process. Called on the workspace's turn, when
 * no chunk of it is running.
 */
export async function closeCancelledBackfills(db: Db, workspaceId: string): Promise<number> {
  const result = await db.execute(sql`
    update processes p set status = 'cancelled', finished_at = now(), error_code = null, error_message = null
    from backfill_jobs b
    where b.workspace_id = ${workspaceId} and b.status = 'cancelled' and b.process_id = p.id
      and p.status in ('queued', 'running', 'paused')
    returning p.id`);
  return result.rows.length;
}
