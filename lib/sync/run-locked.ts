// A run under the workspace's owned lock, so no workspace is ever synced by two runs at once. The cron,
// the local scheduler, "Sync now" and the CLI all come through here.
import { getKv, type Kv } from "@/lib/kv";
import { withLock } from "@/lib/lock";
import { runSync, type RunSyncOptions } from "./run";
import type { RunResult } from "./types";

/** The lock outlives the run's budget by this much, so it never lapses while the run is still writing. */
const LOCK_TTL_MARGIN_MS = 60_000;

export const workspaceLockKey = (workspaceId: string) => `lock:workspace:${workspaceId}`;

export type LockedRunOptions = Omit<RunSyncOptions, "workspaceId" | "signal" | "kind"> & {
  kind?: RunSyncOptions["kind"];
  kv?: Kv;
};

export type LockedRunResult = RunResult | { status: "busy"; processId: null; moreWork: true; message: string };

export async function runWorkspaceLocked(workspaceId: string, options: LockedRunOptions): Promise<LockedRunResult> {
  const { kv, kind = "incremental", ...rest } = options;
  const now = rest.now ?? Date.now;
  const ttlMs = Math.max(0, options.deadline - now()) + LOCK_TTL_MARGIN_MS;
  const locked = await withLock(kv ?? getKv(), workspaceLockKey(workspaceId), { ttlMs, extendEveryMs: ttlMs / 3 }, ({ signal }) =>
    runSync({ ...rest, workspaceId, kind, signal }),
  );
  if (!locked.acquired) {
    return { status: "busy", processId: null, moreWork: true, message: "A sync of this workspace is already running." };
  }
  return locked.value;
}
