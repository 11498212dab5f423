import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { workspaceOptions } from "@/db/schema";
import { DEFAULT_OPTIONS, type ConnectionOptions } from "@/lib/connection/types";

export async function getWorkspaceOptions(workspaceId: string, db?: Db): Promise<ConnectionOptions> {
  const conn = db ?? (await getDb());
  const [row] = await conn.select().from(workspaceOptions).where(eq(workspaceOptions.workspaceId, workspaceId)).limit(1);
  if (!row) return { ...DEFAULT_OPTIONS };
  return {
    createNewPeople: row.createNewPeople,
    on24Registrants: row.on24Registrants,
    notificationsEnabled: row.notificationsEnabled,
    notificationRecipients: row.notificationRecipients,
    notifyEmptyRuns: row.notifyEmptyRuns,
  };
}
