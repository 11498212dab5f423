import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/postgres";
import { startWsTcpProxy, type WsTcpProxy } from "@/lib/testing/ws-tcp-proxy";
import { MIGRATIONS_FOLDER, migrate, openDb, type Driver, type Handle } from "./index";
import { memberships, users, workspaces } from "./schema";

/**
 * The same checks on every driver the product runs on: PGlite (embedded default), node-postgres against the
 * real PostgreSQL, and the Neon serverless driver against that same server through a local WebSocket proxy.
 */

const DRIVERS: Driver[] = ["pglite", "pg", "neon"];
const JOURNAL = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
  entries: { tag: string }[];
};

/** Postgres error code of a driver error (drizzle wraps it in `cause`). */
function pgCode(err: unknown): string | undefined {
  let e = err as { code?: unknown; cause?: unknown } | undefined;
  while (e) {
    if (typeof e.code === "string") return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

describe.each(DRIVERS)("%s driver", (driver) => {
  let testDb: TestDatabase | undefined;
  let proxy: WsTcpProxy | undefined;
  let handle: Handle;

  beforeAll(async () => {
    if (driver !== "pglite") testDb = await createTestDatabase();
    if (driver === "neon") proxy = await startWsTcpProxy();
    handle = await openDb({ driver, url: testDb?.url, pgliteDir: "memory://", wsProxy: proxy?.url });
    await migrate(handle);
  });

  afterAll(async () => {
    await handle?.close();
    await proxy?.close();
    await testDb?.drop();
  });

  it("applies every committed migration, and a second migrate is a no-op", async () => {
    await migrate(handle);
    const applied = await handle.db.execute<{ n: number }>(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(applied.rows[0].n).toBe(JOURNAL.entries.length);
    const tables = await handle.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(["users", "workspaces", "memberships", "outbox_emails", "audit_log"]),
    );
    // The Neon driver must really have gone through the WebSocket proxy, not around it.
    if (driver === "neon") expect(proxy?.connections).toBeGreaterThan(0);
  });

  it("inserts and selects through drizzle", async () => {
    const [ws] = await handle.db.insert(workspaces).values({ name: `Insert ${driver}` }).returning();
    expect(ws.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ws.on24Region).toBe("na");
    const rows = await handle.db.select().from(workspaces).where(eq(workspaces.id, ws.id));
    expect(rows).toHaveLength(1);
    expect(rows[0].name).toBe(`Insert ${driver}`);
    expect(rows[0].createdAt).toBeInstanceOf(Date);
  });

  it("commits a transaction", async () => {
    const email = `commit-${driver}@example.test`;
    await handle.db.transaction(async (tx) => {
      const [u] = await tx.insert(users).values({ email, passwordHash: "x" }).returning();
      const [w] = await tx.insert(workspaces).values({ name: "Committed" }).returning();
      await tx.insert(memberships).values({ userId: u.id, workspaceId: w.id, role: "admin" });
    });
    const joined = await handle.db
      .select({ email: users.email, role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, email));
    expect(joined).toEqual([{ email, role: "admin" }]);
  });

  it("rolls back a transaction that throws", async () => {
    const email = `rollback-${driver}@example.test`;
    await expect(
      handle.db.transaction(async (tx) => {
        await tx.insert(users).values({ email, passwordHash: "x" });
        const inside = await tx.select().from(users).where(eq(users.email, email));
        expect(inside).toHaveLength(1);
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await handle.db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  it("surfaces a unique-constraint violation as an error", async () => {
    const email = `unique-${driver}@example.test`;
    await handle.db.insert(users).values({ email, passwordHash: "x" });
    const err = await handle.db
      .insert(users)
      .values({ email, passwordHash: "y" })
      .then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(pgCode(err)).toBe("23505");
    expect(await handle.db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
  });
});
