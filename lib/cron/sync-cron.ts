import { after } from "next/server";
import type { Db } from "@/db";
import { getDb } from "@/db";
import { appUrl, env } from "@/lib/env";
import { getKv } from "@/lib/kv";
import { checkSchedulerHealth } from "@/lib/notifications/scheduler-health";
import { createEngineRunner } from "@/lib/scheduler/engine-runner";
import { runSchedulerTick, type TickResult } from "@/lib/scheduler/tick";
import { invocationBudgetMs } from "@/lib/scheduler/timing";
import type { RunWorkspace } from "@/lib/scheduler/types";
import { dispatchFanOut, FANOUT_HEADER } from "./fan-out";
import type { CronHandler } from "./with-cron";

/**
 * GET /api/cron/sync behind withCron: one scheduler tick within the function's budget. A scheduled
 * delivery answers with the tick's summary; a fan-out delivery answers 202 at once and ticks after the
 * response (Next's `after`), so the invocation that started it is not kept waiting.
 */

export type SyncCronDeps = {
  db: () => Promise<Db>;
  runWorkspace: RunWorkspace;
  /** Starts `count` further invocations (fan-out). */
  dispatch: (count: number) => Promise<unknown>;
  /** Runs work after the response has been sent (Next's `after` in the app). */
  defer: (task: () => Promise<void>) => void;
  budgetMs: number;
  /** Tests: a shorter wait before a locked workspace is tried again (default BUSY_RETRY_MS). */
  busyRetryMs?: number;
  /** Before each tick (the scheduler-stall check of lib/notifications); must not throw. */
  beforeTick?: (db: Db) => Promise<unknown>;
  now?: () => number;
};

export function createSyncCronHandler(deps: SyncCronDeps): CronHandler {
  return async (request) => {
    const now = deps.now ?? Date.now;
    const deadline = now() + deps.budgetMs;
    const fannedOut = request.headers.get(FANOUT_HEADER) === "1";
    const tick = async () => {
      const db = await deps.db();
      await deps.beforeTick?.(db);
      return runSchedulerTick(
        { db, runWorkspace: deps.runWorkspace, now },
        {
          trigger: fannedOut ? "fanout" : "cron",
          deadline,
          busyRetryMs: deps.busyRetryMs,
          fanOut: fannedOut ? undefined : async (n) => void (await deps.dispatch(n)),
        },
      );
    };
    if (!fannedOut) return Response.json(summarizeTick(await tick()));
    deps.defer(async () => {
      await tick().catch((error: unknown) =>
        console.error(`[cron] fan-out tick failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    });
    return Response.json({ accepted: true }, { status: 202 });
  };
}

/** What the route answers: counts and per-workspace statuses, no record data. */
export function summarizeTick(result: TickResult) {
  return {
    ok: true,
    due: result.dueAtStart,
    fanOut: result.fanOut,
    workspaces: result.turns.map((t) => ({
      id: t.workspaceId,
      busy: t.busy,
      moreWork: t.moreWork,
      error: t.error,
      chunks: t.chunks.map((c) => ({ kind: c.kind, processId: c.processId, status: c.status, moreWork: c.moreWork })),
    })),
    maxOverrunMs: result.maxOverrunMs,
  };
}

/** The handler the route exports, wired to the app's database, KV, engine and URL. */
export const handleSyncCron: CronHandler = (request) =>
  createSyncCronHandler({
    db: getDb,
    runWorkspace: createEngineRunner({ kv: getKv() }),
    dispatch: (count) => dispatchFanOut(count, { url: `${appUrl}/api/cron/sync`, secret: env.CRON_SECRET ?? "" }),
    defer: (task) => after(task),
    budgetMs: invocationBudgetMs(),
    beforeTick: (db) => checkSchedulerHealth(db),
  })(request);
