// A run under the workspace's owned lock, so no workspace is ever synced by two runs at once. The cron,
// the local scheduler, "Sync now" and the CLI all come through here.
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { connections } from "@/db/schema";
import { configuredSender } from "@/lib/email/send";
import { getKv, type Kv } from "@/lib/kv";
import { onProcessFinished } from "@/lib/notifications/process-finished";
import { withLock } from "@/lib/lock";
import { runSync, type RunSyncOptions } from "./run";
import type { RunResult } from "./types";

/** The lock outlives the run's budget by this much, so it never lapses while the run is still writing. */
const LOCK_TTL_MARGIN_MS = 60_000;

export const workspaceLockKey = (workspaceId: string) => `lock:workspace:${workspaceId}`;

export type LockedRunOptions = Omit<RunSyncOptions, "workspaceId" | "signal" | "kind"> & {
  kind?: RunSyncOptions["kind"];
  kv?: Kv;
  /** Send the run summary and on-call alerts when the process ends (default on). */
  notify?: boolean;
};

export type LockedRunResult = RunResult | { status: "busy"; processId: null; moreWork: true; message: string };

export async function runWorkspaceLocked(workspaceId: string, options: LockedRunOptions): Promise<LockedRunResult> {
  const { kv, kind = "incremental", notify = true, ...rest } = options;
  const now = rest.now ?? Date.now;
  const ttlMs = Math.max(0, options.deadline - now()) + LOCK_TTL_MARGIN_MS;
  const locked = await withLock(kv ?? getKv(), workspaceLockKey(workspaceId), { ttlMs, extendEveryMs: ttlMs / 3 }, ({ signal }) =>
    runSync({ ...rest, workspaceId, kind, signal }),
  );
  if (!locked.acquired) {
    return { status: "busy", processId: null, moreWork: true, message: "A sync of this workspace is already running." };
  }
  const result = locked.value;
  const db = rest.db ?? (await getDb());
  // ON24 disables tokens after 60 idle days; a run that read ON24 keeps the Connection page's idle warning honest.
  if (result.processId !== null && result.status !== "broken" && result.status !== "not_ready") {
    await db.update(connections).set({ on24LastUsedAt: new Date(now()) }).where(eq(connections.workspaceId, workspaceId));
  }
  // Outside the lock: email delivery must not hold the workspace. A run still in progress sends nothing.
  if (notify && result.processId !== null) await onProcessFinished(db, result.processId, { send: configuredSender(db) });
  return result;
}
