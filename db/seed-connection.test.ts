import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDb, migrate } from "@/db";
import { appState, auditLog, connections, workspaces } from "@/db/schema";
import { loadConnection } from "@/lib/connection/load";
import { SANDBOX_MARKETO_CLIENT_SECRET } from "@/lib/sandbox/marketo/constants";
import { SANDBOX_ON24_TOKEN_KEY, SANDBOX_ON24_TOKEN_SECRET } from "@/lib/sandbox/on24/constants";
import { demoWorkspaceId, seedDemo } from "./seed";
import { seedDemoConnection } from "./seed-connection";

describe("the demo workspace's sandbox connection", () => {
  it("is validated, syncing and stored encrypted; seeding again changes nothing", async () => {
    const handle = await openDb({ driver: "pglite", pgliteDir: "memory://" });
    try {
      await migrate(handle);
      await seedDemo(handle.db);
      const id = (await demoWorkspaceId(handle.db))!;
      const [ws] = await handle.db.select().from(workspaces).where(eq(workspaces.id, id));
      expect(ws).toMatchObject({ on24ClientId: "48213", on24Region: "na", syncEnabled: true, connectionStatus: "ok" });
      const conn = (await loadConnection(handle.db, id))!;
      expect(conn.marketo).toMatchObject({ clientId: "sandbox", clientSecret: SANDBOX_MARKETO_CLIENT_SECRET });
      expect(conn.marketo.origin).toMatch(/^http:\/\/localhost:\d+\/api\/sandbox\/marketo$/);
      expect(conn.on24.baseUrlOverride).toMatch(/\/api\/sandbox\/on24\/v2$/);
      expect(conn.objectDescribe?.dedupeFields).toEqual(["personid", "eventid", "eventuserid"]);
      expect(conn.validatedAt).toBeInstanceOf(Date);
      const [row] = await handle.db.select().from(connections).where(eq(connections.workspaceId, id));
      const stored = JSON.stringify(row) + JSON.stringify(await handle.db.select().from(auditLog));
      for (const secret of [SANDBOX_MARKETO_CLIENT_SECRET, SANDBOX_ON24_TOKEN_KEY, SANDBOX_ON24_TOKEN_SECRET]) expect(stored).not.toContain(secret);

      const auditRows = (await handle.db.select().from(auditLog)).length;
      await seedDemo(handle.db);
      await seedDemoConnection(handle.db);
      expect((await handle.db.select().from(auditLog)).length).toBe(auditRows);
      expect(await handle.db.select().from(appState).where(eq(appState.key, "demo_connection_v1"))).toHaveLength(1);
    } finally {
      await handle.close();
    }
  });
});
