import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { connections, workspaces, type Region } from "@/db/schema";
import type { ConnectionTestResult } from "@/lib/connection/test-connection";

/**
 * What the Connection and Setup guide pages show. The encrypted columns are never selected: only the
 * masked hints leave the database on this path.
 */
export type ConnectionView = {
  region: Region;
  on24ClientId: string | null;
  on24TokenHint: string | null;
  on24BaseUrl: string | null;
  on24VerifiedAt: Date | null;
  on24LastUsedAt: Date | null;
  hasOn24Token: boolean;
  marketoClientId: string | null;
  marketoSecretHint: string | null;
  marketoOrigin: string | null;
  lastTest: ConnectionTestResult | null;
  lastTestAt: Date | null;
  validatedAt: Date | null;
  objectFieldCount: number | null;
  syncEnabled: boolean;
  connectionStatus: "ok" | "broken" | "unknown";
  connectionError: string | null;
  virtualConferenceEnabled: boolean;
};

export async function getConnectionView(workspaceId: string, db?: Db): Promise<ConnectionView | null> {
  const conn = db ?? (await getDb());
  const [row] = await conn
    .select({
      region: workspaces.on24Region,
      on24ClientId: workspaces.on24ClientId,
      syncEnabled: workspaces.syncEnabled,
      connectionStatus: workspaces.connectionStatus,
      connectionError: workspaces.connectionError,
      virtualConferenceEnabled: workspaces.virtualConferenceEnabled,
      on24TokenHint: connections.on24TokenHint,
      on24BaseUrl: connections.on24BaseUrl,
      on24VerifiedAt: connections.on24VerifiedAt,
      on24LastUsedAt: connections.on24LastUsedAt,
      marketoClientId: connections.marketoClientId,
      marketoSecretHint: connections.marketoSecretHint,
      marketoOrigin: connections.marketoOrigin,
      lastTest: connections.lastTest,
      lastTestAt: connections.lastTestAt,
      validatedAt: connections.validatedAt,
      objectDescribe: connections.objectDescribe,
    })
    .from(workspaces)
    .leftJoin(connections, eq(connections.workspaceId, workspaces.id))
    .where(eq(workspaces.id, workspaceId))
    .limit(1);
  if (!row) return null;
  const { objectDescribe, connectionStatus, ...rest } = row;
  const fields = (objectDescribe as { fields?: unknown[] } | null)?.fields;
  return {
    ...rest,
    hasOn24Token: row.on24TokenHint !== null,
    lastTest: (row.lastTest as ConnectionTestResult | null) ?? null,
    objectFieldCount: Array.isArray(fields) ? fields.length : null,
    connectionStatus: connectionStatus === "ok" || connectionStatus === "broken" ? connectionStatus : "unknown",
  };
}
