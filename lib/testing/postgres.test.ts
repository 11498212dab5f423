import pg from "pg";
import { describe, expect, it } from "vitest";
import { createTestDatabase, dropTestDatabase, TEST_POSTGRES_ADMIN_URL } from "./postgres";

describe("createTestDatabase / dropTestDatabase", () => {
  const admin = async (text: string, values: unknown[]) => {
    const c = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
    await c.connect();
    try {
      return (await c.query(text, values)).rows;
    } finally {
      await c.end();
    }
  };
  const exists = async (name: string) =>
    (await admin("select 1 from pg_database where datname = $1", [name])).length === 1;

  it("creates a migrated throwaway database and drops it even with a connection still open", async () => {
    const testDb = await createTestDatabase({ migrate: true });
    expect(testDb.name).toMatch(/^t_[0-9a-f]{16}$/);
    const client = new pg.Client({ connectionString: testDb.url });
    await client.connect();
    client.on("error", () => {}); // the forced drop terminates this connection
    const { rows } = await client.query("select count(*)::int as n from users");
    expect(rows[0].n).toBe(0);
    await testDb.drop();
    expect(await exists(testDb.name)).toBe(false);
    await client.end().catch(() => {});
  });

  it("refuses to drop a database it did not name", async () => {
    await expect(dropTestDatabase("postgres")).rejects.toThrow(/not a test database name/);
    expect(await exists("postgres")).toBe(true);
  });
});
