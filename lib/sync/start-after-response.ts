import "server-only";
import { after } from "next/server";
import { getDb, type Db } from "@/db";
import { getKv, type Kv } from "@/lib/kv";
import { runSyncNow, syncNowRefusal } from "./sync-now";

/**
 * Runs one chunk of the workspace's sync after the response is sent (Next's `after`), so the page is not
 * held. Returns why it cannot start, or null once it is scheduled. Shared by "Sync now" and replay: a
 * queued replay is the first thing a run does, so a replay starts at once instead of at the next cron.
 */
export async function startSyncAfterResponse(db: Db, kv: Kv, workspaceId: string, userId: string): Promise<string | null> {
  const refusal = await syncNowRefusal(db, kv, workspaceId);
  if (refusal) return refusal;
  after(() =>
    runSyncNow(db, kv, workspaceId, userId).catch((error: unknown) => {
      console.error(`[sync-now] workspace ${workspaceId}: ${error instanceof Error ? error.message : String(error)}`);
    }),
  );
  return null;
}

/**
 * After a replay is queued: start it now when the workspace can sync. It is queued either way, so a
 * failure to start only leaves it for the next scheduled run (which takes queued replays first).
 */
export async function startReplaySoon(workspaceId: string, userId: string): Promise<void> {
  try {
    await startSyncAfterResponse(await getDb(), getKv(), workspaceId, userId);
  } catch (error) {
    console.error(`[replay] workspace ${workspaceId}: could not start at once (${error instanceof Error ? error.message : String(error)}); the next run takes it`);
  }
}
