import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { appState } from "@/db/schema";

/**
 * The last successful scheduler tick, in app_state under `cron:last_tick`. The maintenance route (and
 * the notifications module) alert when it is older than STALLED_AFTER_MS: the sync has silently stopped.
 */

export const LAST_TICK_KEY = "cron:last_tick";
/** Six missed 5-minute ticks: one late or lost delivery is normal, half an hour of silence is not. */
export const STALLED_AFTER_MS = 30 * 60_000;

export type TickTrigger = "cron" | "fanout" | "local";
export type LastTick = { at: string; trigger: TickTrigger; ran: number };

export async function readLastTick(db: Db): Promise<LastTick | null> {
  const [row] = await db.select({ value: appState.value }).from(appState).where(eq(appState.key, LAST_TICK_KEY)).limit(1);
  return (row?.value as LastTick | undefined) ?? null;
}

/** Records a successful tick; never moves the mark backwards when invocations finish out of order. */
export async function recordTick(db: Db, tick: LastTick): Promise<void> {
  await db
    .insert(appState)
    .values({ key: LAST_TICK_KEY, value: tick })
    .onConflictDoUpdate({
      target: appState.key,
      set: { value: tick, updatedAt: sql`now()` },
      setWhere: sql`(${appState.value} ->> 'at')::timestamptz <= ${tick.at}::timestamptz`,
    });
}

export type SchedulerStall = { stalled: boolean; lastTickAt: string | null; silentForMs: number | null };

/** Stalled when no tick was ever recorded or the last one is older than STALLED_AFTER_MS. */
export async function findSchedulerStall(db: Db, now = new Date()): Promise<SchedulerStall> {
  const last = await readLastTick(db);
  if (!last) return { stalled: true, lastTickAt: null, silentForMs: null };
  const silentForMs = now.getTime() - Date.parse(last.at);
  return { stalled: silentForMs > STALLED_AFTER_MS, lastTickAt: last.at, silentForMs };
}
