import type { Db } from "@/db";
import { claimDueWorkspaces, countDueWorkspaces, rescheduleWorkspace, retryBusyWorkspace } from "./claim";
import { readLastTick, recordTick, type TickTrigger } from "./last-tick";
import { claimLeaseMs } from "./timing";
import type { RunWorkspace } from "./types";
import { runWorkspaceTurn, type TurnResult } from "./workspace-turn";

/**
 * One pass of the due-workspace loop, shared by the cron route and the local scheduler. A few workers
 * each claim the oldest due workspace, run its turn with a fair slice of the time left, reschedule it,
 * and claim the next, until the budget or the per-invocation cap runs out. More due than one invocation
 * serves → `fanOut(n)` asks for n further invocations (the cron layer decides how to start them).
 */

/**
 * Workspaces one invocation serves at most. Two workers over a 270 s budget: eight turns still leave each
 * about a minute when every one has work, which is enough for several 300-record batches.
 */
export const MAX_WORKSPACES_PER_INVOCATION = 8;
/**
 * Workspaces run side by side in one invocation. Each has its own ON24 and Marketo limits, so two at once
 * halve the wall time without straining one tenant; more would crowd the database pool and the 2-vCPU
 * function.
 */
export const WORKER_CONCURRENCY = 2;
/** Below this the engine cannot read a page and write a batch (its own first estimates are ~9 s). */
export const MIN_CHUNK_MS = 10_000;
/** Further invocations one invocation may start: beyond this the next cron tick picks up the rest. */
export const MAX_FAN_OUT = 3;

export type SchedulerDeps = { db: Db; runWorkspace: RunWorkspace; now?: () => number };

export type TickOptions = {
  trigger: TickTrigger;
  /** Epoch ms: no chunk runs past it (the function's budget minus the safety margin). */
  deadline: number;
  maxWorkspaces?: number;
  concurrency?: number;
  minChunkMs?: number;
  leaseMs?: number;
  /** When a workspace's lock is held by someone else; default BUSY_RETRY_MS. */
  busyRetryMs?: number;
  /** Called once, as work starts, with how many more invocations the due backlog calls for (≤ MAX_FAN_OUT). */
  fanOut?: (count: number) => Promise<void>;
};

export type TickResult = {
  trigger: TickTrigger;
  dueAtStart: number;
  fanOut: number;
  turns: TurnResult[];
  /** Longest time any chunk returned after its deadline (negative: every chunk finished early); null when none ran. */
  maxOverrunMs: number | null;
  previousTickAt: string | null;
  startedAt: string;
  finishedAt: string;
};

export async function runSchedulerTick(deps: SchedulerDeps, options: TickOptions): Promise<TickResult> {
  const now = deps.now ?? Date.now;
  const startedAt = new Date(now()).toISOString();
  const maxWorkspaces = options.maxWorkspaces ?? MAX_WORKSPACES_PER_INVOCATION;
  const concurrency = options.concurrency ?? WORKER_CONCURRENCY;
  const minChunkMs = options.minChunkMs ?? MIN_CHUNK_MS;
  const leaseMs = options.leaseMs ?? claimLeaseMs();

  const dueAtStart = await countDueWorkspaces(deps.db, new Date(now()));
  const fanOut = options.fanOut ? Math.min(MAX_FAN_OUT, Math.max(0, Math.ceil(dueAtStart / maxWorkspaces) - 1)) : 0;
  // Dispatched beside the work, not before it: waiting for the acknowledgements would eat into this budget.
  const dispatching =
    fanOut > 0
      ? options.fanOut!(fanOut).catch((error: unknown) => console.error(`[scheduler] fan-out failed: ${String(error)}`))
      : null;

  const turns: TurnResult[] = [];
  const served: string[] = [];
  // Turns this invocation expects to run; the time left is shared out over the rounds still to come.
  const expected = Math.max(1, Math.min(maxWorkspaces, dueAtStart));
  const worker = async () => {
    while (served.length < maxWorkspaces && options.deadline - now() >= minChunkMs) {
      const [claimed] = await claimDueWorkspaces(deps.db, { limit: 1, leaseMs, now: new Date(now()), exclude: served });
      if (!claimed) return;
      served.push(claimed.id);
      const roundsLeft = Math.max(1, Math.ceil((expected - served.length + 1) / concurrency));
      const slice = Math.max(minChunkMs, Math.floor((options.deadline - now()) / roundsLeft));
      turns.push(
        await runClaimed(deps, claimed.id, { ...options, deadline: Math.min(options.deadline, now() + slice), minChunkMs }),
      );
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  await dispatching;

  const previous = await readLastTick(deps.db);
  const finishedAt = new Date(now()).toISOString();
  await recordTick(deps.db, { at: finishedAt, trigger: options.trigger, ran: turns.length });
  const overruns = turns.flatMap((t) => t.chunks.map((c) => c.overrunMs));
  return {
    trigger: options.trigger,
    dueAtStart,
    fanOut,
    turns,
    maxOverrunMs: overruns.length ? Math.max(...overruns) : null,
    previousTickAt: previous?.at ?? null,
    startedAt,
    finishedAt,
  };
}

/** Runs one claimed workspace and reschedules it; an error is logged and recorded, never thrown (other workspaces go on). */
async function runClaimed(
  deps: SchedulerDeps,
  workspaceId: string,
  options: TickOptions & { minChunkMs: number },
): Promise<TurnResult> {
  const now = deps.now ?? Date.now;
  let turn: TurnResult;
  try {
    turn = await runWorkspaceTurn({
      ...deps,
      now,
      workspaceId,
      deadline: options.deadline,
      trigger: options.trigger,
      minChunkMs: options.minChunkMs,
    });
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    console.error(`[scheduler] workspace ${workspaceId} failed: ${err.name}: ${err.message}`);
    turn = { workspaceId, busy: false, moreWork: false, chunks: [], error: err.message };
  }
  if (turn.busy) await retryBusyWorkspace(deps.db, workspaceId, { now: new Date(now()), retryMs: options.busyRetryMs });
  else await rescheduleWorkspace(deps.db, workspaceId, { moreWork: turn.moreWork, failed: !!turn.error, now: new Date(now()) });
  return turn;
}
