// Whether a workspace may sync now. Broken connections, pauses (607 until the quota resets) and
// unsaved connections are refused before any process row is written or any API is called.
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { workspaces } from "@/db/schema";
import type { LoadedConnection } from "@/lib/connection/types";
import type { NotRunReason } from "./types";

export type Readiness = { ok: true } | { ok: false; status: NotRunReason; message: string };

export async function checkReadiness(db: Db, conn: LoadedConnection, now: number): Promise<Readiness> {
  if (conn.connectionStatus === "broken") {
    return { ok: false, status: "broken", message: conn.connectionError ?? "The connection is broken: fix it and save it again." };
  }
  const [ws] = await db
    .select({ pausedUntil: workspaces.pausedUntil, pauseReason: workspaces.pauseReason })
    .from(workspaces)
    .where(eq(workspaces.id, conn.workspaceId));
  if (ws?.pausedUntil && ws.pausedUntil.getTime() > now) {
    const until = ws.pausedUntil.toISOString();
    return { ok: false, status: "paused", message: ws.pauseReason ?? `Syncing is paused until ${until}.` };
  }
  if (ws?.pausedUntil) await db.update(workspaces).set({ pausedUntil: null, pauseReason: null }).where(eq(workspaces.id, conn.workspaceId));
  if (!conn.objectDescribe || !conn.syncEnabled) {
    return {
      ok: false,
      status: "not_ready",
      message: "This workspace has no saved, tested connection yet. Run Test Connection and save the connection to start syncing.",
    };
  }
  return { ok: true };
}
