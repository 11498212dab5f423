// The end of a run, whatever kind: a completed cycle is finished in one transaction with its last
// checkpoint; a stopped one leaves the process resumable, paused, or failed, and says why.
import type { Db } from "@/db";
import { writeCheckpoint } from "./checkpoints";
import type { RunContext } from "./context";
import type { DbOrTx, Tx } from "./db-types";
import { classifyStop } from "./failures";
import { addToProcess, completeProcess, readCounts } from "./process-row";
import { applyStop } from "./stops";
import type { RunResult } from "./types";

export type Completion = {
  stream: string;
  version: number;
  /** The cursor to leave once the work is complete. */
  cursor: object;
  /** More to do in the same transaction (e.g. mark the backfill job completed). */
  also?: (tx: Tx) => Promise<void>;
};

export async function completeRun(ctx: RunContext, processId: number, done: Completion): Promise<RunResult> {
  await ctx.db.transaction(async (tx) => {
    await writeCheckpoint(tx, ctx.workspaceId, done.stream, done.cursor, done.version);
    await addToProcess(tx, processId, ctx.calls.take());
    await completeProcess(tx, processId);
    await done.also?.(tx);
  });
  return result(ctx.db, processId, false);
}

/** Stopped early by the time budget or a lost lock: the next run continues the same process. */
export async function pauseForNextRun(ctx: RunContext, processId: number): Promise<RunResult> {
  await addToProcess(ctx.db, processId, ctx.calls.take());
  return result(ctx.db, processId, true);
}

/** A run that ended in an error: record why; `abandon` gives up the cycle when the process cannot resume. */
export async function stopRun(ctx: RunContext, processId: number, error: unknown, abandon?: (db: DbOrTx) => Promise<void>): Promise<RunResult> {
  const stop = classifyStop(error, ctx.now());
  // Expected stops carry a message for the marketer; anything else goes to the server log for support.
  if (stop.kind === "failed") console.error(`[sync] workspace ${ctx.workspaceId} process ${processId} failed`, error);
  await applyStop(ctx.db, ctx.workspaceId, processId, stop, ctx.calls.take());
  if ((stop.kind === "broken" || stop.kind === "failed") && abandon) await abandon(ctx.db).catch(() => undefined);
  return result(ctx.db, processId, stop.kind === "deadline", stop.message);
}

async function result(db: Db, processId: number, moreWork: boolean, message?: string): Promise<RunResult> {
  const { status, counts } = await readCounts(db, processId);
  return { processId, status, moreWork, counts, ...(message ? { message } : {}) };
}
