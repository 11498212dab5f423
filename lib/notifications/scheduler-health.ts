import { and, eq, min } from "drizzle-orm";
import type { Db } from "@/db";
import { appState, connections, workspaces } from "@/db/schema";
import { LAST_TICK_KEY, STALLED_AFTER_MS } from "@/lib/scheduler/last-tick";
import { raiseAlert, resolveAlert, type AlertOutcome } from "./alerts";
import { neverThrow } from "./never-throw";
import type { NotifyOptions } from "./notify-options";

export type SchedulerHealth = {
  /** unknown: no tick was ever recorded and no workspace has waited 30 minutes for one (a fresh install). */
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
    // Never ticked: stalled only once a workspace has been ready to sync for longer than the limit
    // (a cron that never ran, e.g. CRON_SECRET missing), so a fresh install's first tick is not an alarm.
    const waitingSince = lastTickAt ?? (await firstReadyWorkspaceAt(db));
    if (!waitingSince) return { status: "unknown", lastTickAt, alert: null };
    if (now.getTime() - waitingSince.getTime() <= STALLED_AFTER_MS) {
      if (lastTickAt) await resolveAlert(db, { kind: "scheduler_stalled" }, { ...options, now });
      return { status: lastTickAt ? "healthy" : "unknown", lastTickAt, alert: null };
    }
    const detail = { lastTickAt: lastTickAt?.toISOString() ?? null, downSince: waitingSince.toISOString() };
    const alert = await raiseAlert(db, { kind: "scheduler_stalled", detail }, { ...options, now });
    return { status: "stalled", lastTickAt, alert };
  });
  return result.ok ? result.value : { status: "unknown", lastTickAt: null, alert: null, error: result.error };
}

/** When the earliest workspace that can sync had its connection validated. */
async function firstReadyWorkspaceAt(db: Db): Promise<Date | null> {
  const [row] = await db
    .select({ at: min(connections.validatedAt) })
    .from(connections)
    .innerJoin(workspaces, and(eq(workspaces.id, connections.workspaceId), eq(workspaces.syncEnabled, true)));
  return row?.at ? new Date(row.at) : null;
}

/** The scheduler writes `{ at, trigger, ran }` (lib/scheduler/last-tick.ts); an ISO string or epoch ms is read too. */
export async function readLastTick(db: Db): Promise<Date | null> {
  const [row] = await db.select().from(appState).where(eq(appState.key, LAST_TICK_KEY)).limit(1);
  if (!row) return null;
  const raw = row.value;
  const candidate = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>).at ?? (raw as Record<string, unknown>).lastTickAt : raw;
  const parsed = typeof candidate === "string" || typeof candidate === "number" ? new Date(candidate) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : row.updatedAt;
}
