import { eq } from "drizzle-orm";
import { migrate, openDb, type Db, type Handle } from "@/db";
import { workspaces, type Workspace } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/postgres";

/** Scheduler tests: databases on both engines the claim must work on, and workspaces in a given state. */

export type TestDbEngine = "pglite" | "postgres";
export type OpenTestDb = { db: Db; handle: Handle; close: () => Promise<void> };

export async function openTestDb(engine: TestDbEngine): Promise<OpenTestDb> {
  if (engine === "pglite") {
    const handle = await openDb({ driver: "pglite", pgliteDir: "memory://" });
    await migrate(handle);
    return { db: handle.db, handle, close: () => handle.close() };
  }
  const testDb: TestDatabase = await createTestDatabase({ migrate: true });
  const handle = await openDb({ url: testDb.url, driver: "pg" });
  return {
    db: handle.db,
    handle,
    close: async () => {
      await handle.close();
      await testDb.drop();
    },
  };
}

type WorkspaceState = Partial<Pick<Workspace, "syncEnabled" | "nextRunAt" | "pausedUntil" | "connectionStatus" | "name">>;

/** A workspace that is due unless the state says otherwise. */
export async function addWorkspace(db: Db, state: WorkspaceState = {}): Promise<string> {
  const [row] = await db
    .insert(workspaces)
    .values({
      name: "Scheduler test",
      syncEnabled: true,
      connectionStatus: "ok",
      nextRunAt: new Date(Date.now() - 60_000),
      ...state,
    })
    .returning({ id: workspaces.id });
  return row.id;
}

export async function nextRunAt(db: Db, id: string): Promise<Date> {
  const [row] = await db.select({ at: workspaces.nextRunAt }).from(workspaces).where(eq(workspaces.id, id));
  return row.at;
}
