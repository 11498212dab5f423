// "Sync now" from the portal: checked at once so the person gets a clear answer, then run after the
// response (the page shows the process as it appears) through the same locked entry as the cron.
import type { Db } from "@/db";
import { loadConnection } from "@/lib/connection/load";
import type { Kv } from "@/lib/kv";
import { rescheduleWorkspace } from "@/lib/scheduler/claim";
import { invocationBudgetMs } from "@/lib/scheduler/timing";
import { checkReadiness } from "./readiness";
import { runWorkspaceLocked, workspaceLockKey } from "./run-locked";

export const ALREADY_RUNNING = "A sync of this workspace is already running; its progress is shown below.";

/** Null when a sync can start now; otherwise why not, in words for the person who clicked. */
export async function syncNowRefusal(db: Db, kv: Kv, workspaceId: string): Promise<string | null> {
  const conn = await loadConnection(db, workspaceId);
  if (!conn) return "This workspace no longer exists.";
  const ready = await checkReadiness(db, conn, Date.now());
  if (!ready.ok) return ready.message;
  if (await kv.get(workspaceLockKey(workspaceId))) return ALREADY_RUNNING;
  return null;
}

/** One chunk within a function's budget; if it leaves work, the scheduler continues at once. */
export async function runSyncNow(db: Db, kv: Kv, workspaceId: string, userId: string): Promise<void> {
  const result = await runWorkspaceLocked(workspaceId, { db, kv, deadline: Date.now() + invocationBudgetMs(), trigger: `user:${userId}` });
  if (result.status !== "busy") await rescheduleWorkspace(db, workspaceId, { moreWork: result.moreWork });
}
