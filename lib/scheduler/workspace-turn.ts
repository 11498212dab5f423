import type { Db } from "@/db";
import { daysInRange, MAX_BACKFILL_DAYS } from "@/lib/validations/backfill";
import { closeCancelledBackfills, failBackfill, isBackfillOpen, nextOpenBackfill } from "./backfill-queue";
import type { TickTrigger } from "./last-tick";
import type { RunWorkspace, WorkspaceRunRequest } from "./types";

/**
 * One claimed workspace's turn: its incremental chunk, then a chunk of its oldest open backfill job.
 * Policy: fresh data first, but a waiting backfill is guaranteed progress — while one is open the
 * incremental chunk gets at most INCREMENTAL_SHARE of the turn and the backfill the rest (plus whatever
 * the incremental chunk did not use). Each chunk takes the workspace lock itself, so both run under it.
 */

/** Half the turn each: catching up on today and working through the past both advance every turn. */
const INCREMENTAL_SHARE = 0.5;
/** Chunk outcomes after which a backfill chunk would only fail the same way, so it is not started. */
const STOP_STATUSES = new Set(["paused", "broken", "not_ready", "failed"]);

export type ChunkRecord = {
  kind: WorkspaceRunRequest["kind"];
  backfillJobId?: string;
  processId: number | null;
  status: string;
  moreWork: boolean;
  /** How long after its deadline the chunk returned (negative: it finished early). */
  overrunMs: number;
};

export type TurnResult = { workspaceId: string; busy: boolean; moreWork: boolean; chunks: ChunkRecord[]; error?: string };

export type TurnInput = {
  db: Db;
  runWorkspace: RunWorkspace;
  workspaceId: string;
  deadline: number;
  trigger: TickTrigger;
  /** A chunk is not started with less time than this left. */
  minChunkMs: number;
  now: () => number;
};

export async function runWorkspaceTurn(input: TurnInput): Promise<TurnResult> {
  const { db, workspaceId, deadline, now } = input;
  const chunks: ChunkRecord[] = [];
  const run = async (request: WorkspaceRunRequest) => {
    const outcome = await input.runWorkspace(workspaceId, request);
    if (outcome.busy) return null;
    const { processId, status, moreWork } = outcome;
    const record: ChunkRecord = {
      kind: request.kind,
      backfillJobId: request.backfillJobId,
      processId,
      status,
      moreWork,
      overrunMs: now() - request.deadline,
    };
    chunks.push(record);
    return record;
  };

  await closeCancelledBackfills(db, workspaceId);
  const job = await openJobWithinLimit(db, workspaceId);
  const incrementalDeadline = job ? now() + Math.floor((deadline - now()) * INCREMENTAL_SHARE) : deadline;
  const incremental = await run({ kind: "incremental", deadline: incrementalDeadline, trigger: input.trigger });
  if (!incremental) return { workspaceId, busy: true, moreWork: false, chunks };

  let moreWork = incremental.moreWork;
  // Re-read the job: an admin may have cancelled it while the incremental chunk ran.
  if (
    job &&
    !STOP_STATUSES.has(incremental.status) &&
    deadline - now() >= input.minChunkMs &&
    (await isBackfillOpen(db, job.id))
  ) {
    const backfill = await run({ kind: "backfill", deadline, trigger: input.trigger, backfillJobId: job.id });
    if (backfill) moreWork ||= backfill.moreWork;
    // The engine stops within a batch of a cancel (lib/sync/cancel-watch.ts); one that came after its last look is closed here.
    if (backfill && !(await isBackfillOpen(db, job.id))) await closeCancelledBackfills(db, workspaceId);
  }
  return { workspaceId, busy: false, moreWork, chunks };
}

export const TOO_LONG_BACKFILL = `A backfill covers at most ${MAX_BACKFILL_DAYS} days per run. Request this range again as shorter runs.`;

/**
 * The next job to work on. One longer than the limit (only possible if a row was written around
 * lib/backfill/request.ts) is refused here too: marked failed with the reason, never run.
 */
async function openJobWithinLimit(db: Db, workspaceId: string) {
  for (;;) {
    const job = await nextOpenBackfill(db, workspaceId);
    if (!job || daysInRange(job) <= MAX_BACKFILL_DAYS) return job;
    await failBackfill(db, job.id, TOO_LONG_BACKFILL);
  }
}
