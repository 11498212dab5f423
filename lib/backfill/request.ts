import { and, eq, gte, inArray, lte } from "drizzle-orm";
import type { Db } from "@/db";
import { backfillJobs, type BackfillJob } from "@/db/schema";
import { ActionError } from "@/lib/actions/action-error";
import { recordAudit } from "@/lib/audit";
import { checkBackfillRange, splitRange, type DateRange } from "@/lib/validations/backfill";

/**
 * Queues backfills: one backfill_jobs row per run of at most 31 days (status "queued"). The scheduler
 * picks them up and processes them in chunks; this module only checks and records the request.
 */

export type BackfillActor = { workspaceId: string; userId: string | null };
export type BackfillRequestInput = DateRange & { split?: boolean };

const OPEN_STATUSES = ["queued", "running"] as const;

export async function requestBackfill(db: Db, actor: BackfillActor, input: BackfillRequestInput, today?: string): Promise<BackfillJob[]> {
  const problems = checkBackfillRange(input, { split: input.split, today });
  if (problems.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    for (const p of problems) (fieldErrors[p.field] ??= []).push(p.message);
    throw new ActionError(problems[0].message, fieldErrors);
  }
  const runs = splitRange(input);
  return db.transaction(async (tx) => {
    // Two open jobs over the same days would write the same records twice for nothing.
    const overlapping = await tx
      .select({ startDate: backfillJobs.startDate, endDate: backfillJobs.endDate })
      .from(backfillJobs)
      .where(
        and(
          eq(backfillJobs.workspaceId, actor.workspaceId),
          inArray(backfillJobs.status, [...OPEN_STATUSES]),
          lte(backfillJobs.startDate, input.endDate),
          gte(backfillJobs.endDate, input.startDate),
        ),
      )
      .limit(1);
    if (overlapping.length > 0) {
      const o = overlapping[0];
      throw new ActionError(`A backfill of ${o.startDate} to ${o.endDate} is already waiting or running; choose days outside it, or wait until it finishes.`);
    }
    const jobs = await tx
      .insert(backfillJobs)
      .values(runs.map((run) => ({ workspaceId: actor.workspaceId, requestedBy: actor.userId, ...run, status: "queued" as const })))
      .returning();
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      action: "options.backfill_requested",
      detail: { runs: runs.map((r) => `${r.startDate} to ${r.endDate}`).join("; ") },
    });
    return jobs.sort((a, b) => a.startDate.localeCompare(b.startDate));
  });
}
