import "server-only";
import { after } from "next/server";
import type { Db } from "@/db";
import type { Kv } from "@/lib/kv";
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
