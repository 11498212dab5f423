import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { connections } from "@/db/schema";

/** The database or a transaction. */
export type Writer = Pick<Db, "insert" | "update" | "select">;

type ConnectionValues = Partial<Omit<typeof connections.$inferInsert, "workspaceId">>;

/** Creates the workspace's connection row on first use, otherwise updates the given columns. */
export async function upsertConnection(db: Writer, workspaceId: string, values: ConnectionValues): Promise<void> {
  await db
    .insert(connections)
    .values({ workspaceId, ...values })
    .onConflictDoUpdate({ target: connections.workspaceId, set: { ...values, updatedAt: new Date() } });
}

/** The encrypted columns and hints only (for "empty keeps the stored value"), or null when there is no row. */
export async function storedSecrets(db: Writer, workspaceId: string) {
  const [row] = await db
    .select({
      on24TokenKeyEnc: connections.on24TokenKeyEnc,
      on24TokenSecretEnc: connections.on24TokenSecretEnc,
      marketoClientSecretEnc: connections.marketoClientSecretEnc,
      marketoClientId: connections.marketoClientId,
      marketoOrigin: connections.marketoOrigin,
      on24BaseUrl: connections.on24BaseUrl,
      validatedAt: connections.validatedAt,
    })
    .from(connections)
    .where(eq(connections.workspaceId, workspaceId))
    .limit(1);
  return row ?? null;
}
