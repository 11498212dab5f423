import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate, openDb } from "@/db";
import { assertLocalUrl } from "./assert-local";

/**
 * Throwaway databases on the real PostgreSQL every machine of this kind runs (STACK.md, trust auth).
 * Each test file creates its own database, so files can run in parallel without seeing each other's rows:
 *
 *   const testDb = await createTestDatabase({ migrate: true });
 *   const handle = await openDb({ url: testDb.url });   // or driver: "neon" through startWsTcpProxy()
 *   …
 *   await handle.close(); await testDb.drop();
 */

/** The maintenance database used to create and drop the throwaway ones. */
export const TEST_POSTGRES_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";

// Only names this module generates may be dropped, so a typo can never drop a real database.
const TEST_DB_NAME = /^t_[a-z0-9_]{6,40}$/;

export type TestDatabase = {
  name: string;
  /** postgres://postgres@127.0.0.1:5432/<name> */
  url: string;
  drop: () => Promise<void>;
};

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  assertLocalUrl(TEST_POSTGRES_ADMIN_URL);
  const client = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates `t_<random>` (optionally with the committed migrations applied). Drop it with `drop()`. */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `t_${randomBytes(8).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = TEST_POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const testDb = { name, url, drop: () => dropTestDatabase(name) };
  if (options.migrate) {
    try {
      const handle = await openDb({ url, driver: "pg" });
      await migrate(handle).finally(() => handle.close());
    } catch (err) {
      await testDb.drop();
      throw err;
    }
  }
  return testDb;
}

/** Drops a database made by createTestDatabase, even if a test left connections open. */
export async function dropTestDatabase(name: string): Promise<void> {
  if (!TEST_DB_NAME.test(name)) throw new Error(`Refusing to drop "${name}": not a test database name.`);
  await admin(async (c) => {
    // Let connections a pool has just ended finish closing: FORCE would otherwise kill them mid-close, and
    // node-postgres reports that as an unhandled error in whichever test file happens to be running.
    for (let i = 0; i < 40; i++) {
      const { rows } = await c.query("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
      if (rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}
