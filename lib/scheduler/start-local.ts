import { getDb } from "@/db";
import { env } from "@/lib/env";
import { getKv } from "@/lib/kv";
import { checkSchedulerHealth } from "@/lib/notifications/scheduler-health";
import { createEngineRunner } from "./engine-runner";
import { ensureLocalLoop, type LocalLoop } from "./local-loop";
import { runSchedulerTick } from "./tick";
import { invocationBudgetMs } from "./timing";

/** First tick shortly after start: the demo workspace syncs soon after `npm run dev`, once the server is up. */
const FIRST_TICK_DELAY_MS = 5_000;

/**
 * Starts the in-process scheduler (instrumentation.ts calls this when LOCAL_SCHEDULER is on). Each tick
 * gets the same budget as a cron invocation; it does not fan out, as there is no other process to start.
 */
export function startLocalScheduler(): LocalLoop {
  const runWorkspace = createEngineRunner({ kv: getKv() });
  return ensureLocalLoop({
    intervalMs: env.LOCAL_SCHEDULER_INTERVAL_SECONDS * 1000,
    firstDelayMs: FIRST_TICK_DELAY_MS,
    tick: async () => {
      const db = await getDb();
      await checkSchedulerHealth(db);
      await runSchedulerTick({ db, runWorkspace }, { trigger: "local", deadline: Date.now() + invocationBudgetMs() });
    },
  });
}
