import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { appState } from "@/db/schema";
import { raiseAlert, resolveAlert, type AlertOutcome } from "./alerts";
import { neverThrow } from "./never-throw";
import type { NotifyOptions } from "./notify-options";

/** The scheduler ticks every 5 minutes; six missed ticks in a row is no longer a hiccup. */
export const STALL_AFTER_MS = 30 * 60_000;
/** Written by the scheduler after each successful tick. */
export const LAST_TICK_KEY = "cron:last_tick";

export type SchedulerHealth = {
  /** unknown: no successful tick was ever recorded (a fresh install), so nothing is raised. */
  status: "healthy" | "stalled" | "unknown";
  lastTickAt: Date | null;
  alert: AlertOutcome | null;
  error?: string;
};

/**
 * Raises `scheduler_stalled` when the last successful tick is older than 30 minutes, and resolves it
 * (with a recovery email) once a recent tick is seen. Called at the start of every tick and by the
 * maintenance route; never throws.
 */
export async function checkSchedulerHealth(db: Db, now: Date = new Date(), options?: NotifyOptions): Promise<SchedulerHealth> {
  const result = await neverThrow("scheduler health check", async (): Promise<SchedulerHealth> => {
    const lastTickAt = await readLastTick(db);
    if (!lastTickAt) return { status: "unknown", lastTickAt, alert: null };
    if (now.getTime() - lastTickAt.getTime() <= STALL_AFTER_MS) {
      await resolveAlert(db, { kind: "scheduler_stalled" }, { ...options, now });
      return { status: "healthy", lastTickAt, alert: null };
    }
    const iso = lastTickAt.toISOString();
    const alert = await raiseAlert(db, { kind: "scheduler_stalled", detail: { lastTickAt: iso, downSince: iso } }, { ...options, now });
    return { status: "stalled", lastTickAt, alert };
  });
  return result.ok ? result.value : { status: "unknown", lastTickAt: null, alert: null, error: result.error };
}

/** Accepts the shapes a scheduler may reasonably write: an ISO string, epoch ms, or `{ at }`. */
export async function readLastTick(db: Db): Promise<Date | null> {
  const [row] = await db.select().from(appState).where(eq(appState.key, LAST_TICK_KEY)).limit(1);
  if (!row) return null;
  const raw = row.value;
  const candidate = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>).at ?? (raw as Record<string, unknown>).lastTickAt : raw;
  const parsed = typeof candidate === "string" || typeof candidate === "number" ? new Date(candidate) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : row.updatedAt;
}
