// A backfill job (at most 31 days, from the Options page): both passes over the job's window as a
// process of kind backfill, in chunks like any run, with the job showing records done of an estimate.
import { and, eq, ne, sql } from "drizzle-orm";
import { backfillJobs, type BackfillJob } from "@/db/schema";
import { daysBetween, isOn24Day } from "@/lib/on24/pacific-time";
import type { Pass } from "@/lib/sync/mapping/types";
import { backfillStream, readCheckpoint, writeCheckpoint } from "./checkpoints";
import type { RunContext } from "./context";
import { runCycle, type CycleState } from "./cycle";
import type { DbOrTx } from "./db-types";
import { emptyCounts } from "./counts";
import { completeRun, pauseForNextRun, stopRun } from "./finish";
import { watchForCancel } from "./cancel-watch";
import { addToProcess, createProcess, isFinal, loadProcess, readCounts, resumeProcess, setProcessStatus } from "./process-row";
import type { ActiveCycle, BackfillCursor, RunResult } from "./types";
import { windowInstants } from "./windows";

/** ON24 Connect's own limit per backfill run (DESIGN.md §2). */
export const MAX_BACKFILL_DAYS = 31;

export type BackfillOptions = { trigger: string; on24ClientId: string | null };

export async function runBackfill(ctx: RunContext, jobId: string, opts: BackfillOptions): Promise<RunResult> {
  const [job] = await ctx.db
    .select()
    .from(backfillJobs)
    .where(and(eq(backfillJobs.id, jobId), eq(backfillJobs.workspaceId, ctx.workspaceId)))
    .limit(1);
  if (!job) throw new Error(`Backfill job ${jobId} does not exist in workspace ${ctx.workspaceId}`);
  if (job.status === "cancelled") await closeCancelled(ctx, job);
  if (job.status !== "queued" && job.status !== "running") return nothingToDo(ctx, job);
  const invalid = checkWindow(job);
  if (invalid) {
    await setJob(ctx.db, jobId, { status: "failed", error: invalid });
    return nothingToDo(ctx, { ...job, status: "failed" }, invalid);
  }

  const stream = backfillStream(jobId);
  const stored = await readCheckpoint<BackfillCursor>(ctx.db, ctx.workspaceId, stream);
  let active = stored?.cursor.active ?? null;
  let version = stored?.version ?? null;
  if (active) {
    const process = await loadProcess(ctx.db, ctx.workspaceId, active.processId);
    if (!process || isFinal(process.status)) active = null;
    else await resumeProcess(ctx.db, active.processId);
  }
  if (!active) ({ active, version } = await startJob(ctx, job, version, opts));

  const state: CycleState = { stream, version: version!, active, cursorOf: (a) => ({ v: 1, active: a }) };
  const processId = active.processId;
  ctx.processId = processId;
  const watch = watchForCancel(ctx, jobId);
  try {
    if (!(await runCycle(ctx, state))) {
      if (watch.cancelled) return await endCancelled(ctx, processId);
      return await pauseForNextRun(ctx, processId);
    }
    const cursor: BackfillCursor = { v: 1, active: { ...state.active, position: { pass: "complete", pageOffset: 0, skip: 0 } } };
    return await completeRun(ctx, processId, {
      stream,
      version: state.version,
      cursor,
      // An admin may have cancelled while this chunk ran: the cancel stands, it is not overwritten.
      also: (tx) =>
        tx
          .update(backfillJobs)
          .set({ status: "completed", updatedAt: sql`now()` })
          .where(and(eq(backfillJobs.id, jobId), ne(backfillJobs.status, "cancelled")))
          .then(() => undefined),
    });
  } catch (error) {
    return stopRun(ctx, processId, error, async (db) => {
      const { status } = await readCounts(db, processId);
      await setJob(db, jobId, { status: "failed", error: `The backfill stopped (process ${processId}, ${status}).` });
    });
  } finally {
    watch.stop();
  }
}

/** Cancelled while this chunk ran: what it wrote stays, the calls it spent are counted, the process ends. */
async function endCancelled(ctx: RunContext, processId: number): Promise<RunResult> {
  await addToProcess(ctx.db, processId, ctx.calls.take());
  await setProcessStatus(ctx.db, processId, "cancelled", null, true);
  const { counts } = await readCounts(ctx.db, processId);
  return { processId, status: "cancelled", moreWork: false, counts, message: "The backfill was cancelled." };
}

function checkWindow(job: BackfillJob): string | null {
  if (!isOn24Day(job.startDate) || !isOn24Day(job.endDate)) return "The backfill dates are not valid days.";
  const days = daysBetween(job.startDate, job.endDate) + 1;
  if (days < 1) return "The backfill ends before it starts.";
  if (days > MAX_BACKFILL_DAYS) return `A backfill covers at most ${MAX_BACKFILL_DAYS} days; this one covers ${days}.`;
  return null;
}

async function startJob(ctx: RunContext, job: BackfillJob, version: number | null, opts: BackfillOptions) {
  const passes: Pass[] = ctx.on24Registrants ? ["registrant", "attendee"] : ["attendee"];
  const day = { startDate: job.startDate, endDate: job.endDate };
  const windows = Object.fromEntries(passes.map((p) => [p, day]));
  return ctx.db.transaction(async (tx) => {
    const processId = await createProcess(tx, {
      workspaceId: ctx.workspaceId,
      kind: "backfill",
      on24ClientId: opts.on24ClientId,
      triggeredBy: opts.trigger,
      backfillJobId: job.id,
      window: windowInstants([day]),
    });
    const active: ActiveCycle = {
      processId,
      startedAt: new Date(ctx.now()).toISOString(),
      passes,
      windows,
      position: { pass: passes[0], pageOffset: 0, skip: 0 },
      totals: {},
    };
    const next = await writeCheckpoint(tx, ctx.workspaceId, backfillStream(job.id), { v: 1, active }, version);
    await setJob(tx, job.id, { status: "running", processId, recordsDone: 0 });
    return { active, version: next };
  });
}

async function setJob(db: DbOrTx, jobId: string, patch: Partial<Pick<BackfillJob, "status" | "error" | "processId" | "recordsDone">>) {
  await db.update(backfillJobs).set({ ...patch, updatedAt: sql`now()` }).where(eq(backfillJobs.id, jobId));
}

/** An admin cancelled the job after its last chunk stopped: its process ends as cancelled rather than staying "running". */
async function closeCancelled(ctx: RunContext, job: BackfillJob) {
  if (!job.processId) return;
  const process = await loadProcess(ctx.db, ctx.workspaceId, job.processId);
  if (process && !isFinal(process.status)) await setProcessStatus(ctx.db, process.id, "cancelled", null, true);
}

async function nothingToDo(ctx: RunContext, job: BackfillJob, message?: string): Promise<RunResult> {
  if (job.processId) {
    const { counts } = await readCounts(ctx.db, job.processId);
    return { processId: job.processId, status: job.status === "failed" ? "failed" : "nothing_to_do", moreWork: false, counts, ...(message ? { message } : {}) };
  }
  return { processId: null, status: job.status === "failed" ? "failed" : "nothing_to_do", moreWork: false, counts: emptyCounts(), ...(message ? { message } : {}) };
}
