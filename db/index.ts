import path from "node:path";
import { mkdirSync } from "node:fs";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { env, pgliteDir } from "@/lib/env";
import * as schema from "./schema";

/**
 * The one driver switch, chosen by configuration (never by NODE_ENV):
 *   no DATABASE_URL                         → PGlite in PGLITE_DIR (embedded default; migrated and seeded on open)
 *   DB_DRIVER=neon or a *.neon.tech URL     → @neondatabase/serverless Pool over WebSocket (transactions work)
 *   any other postgres:// URL               → node-postgres
 * Queries use only what all three support, so the drivers share one type.
 */
export type Db = NodePgDatabase<typeof schema>;
export type Driver = "pglite" | "pg" | "neon";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

export function driverFor(url: string | undefined, forced = env.DB_DRIVER): Driver {
  if (forced) return forced;
  if (!url) return "pglite";
  return /\.neon\.tech(:\d+)?\//.test(url) ? "neon" : "pg";
}

export type Handle = { db: Db; driver: Driver; close: () => Promise<void> };

export type OpenDbOptions = {
  url?: string;
  driver?: Driver;
  pgliteDir?: string;
  /** Neon driver only: ws://host:port of a WebSocket-to-TCP proxy in front of a local PostgreSQL (tests). */
  wsProxy?: string;
};

export async function openDb(options: OpenDbOptions = {}): Promise<Handle> {
  const driver = options.driver ?? driverFor(options.url);
  if (driver === "pglite") {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const dir = options.pgliteDir ?? pgliteDir;
    // PGlite does not create parent folders (STACK.md trap 2); "memory://" stays in memory.
    if (!dir.startsWith("memory://")) mkdirSync(path.dirname(path.resolve(/* turbopackIgnore: true */ dir)), { recursive: true });
    const client = await PGlite.create(dir);
    const db = drizzle(client, { schema }) as unknown as Db;
    return { db, driver, close: () => client.close() };
  }
  if (driver === "neon") {
    const { Pool, neonConfig } = await import("@neondatabase/serverless");
    const { drizzle } = await import("drizzle-orm/neon-serverless");
    const { default: ws } = await import("ws");
    neonConfig.webSocketConstructor = ws;
    const wsProxy = options.wsProxy ?? env.NEON_WS_PROXY;
    if (wsProxy) {
      // A local PostgreSQL behind a WebSocket-to-TCP proxy (STACK.md trap 5).
      const proxy = wsProxy.replace(/^wss?:\/\//, "");
      neonConfig.wsProxy = (host, port) => `${proxy}/v2?address=${host}:${port}`;
      neonConfig.useSecureWebSocket = false;
      neonConfig.pipelineConnect = false;
      neonConfig.pipelineTLS = false;
    }
    const pool = new Pool({ connectionString: options.url, max: 5 });
    const db = drizzle(pool, { schema }) as unknown as Db;
    return { db, driver, close: () => pool.end() };
  }
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const pool = new Pool({ connectionString: options.url, max: 10 });
  const db = drizzle(pool, { schema });
  return { db, driver, close: () => pool.end() };
}

export async function migrate(handle: Handle): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (handle.driver === "pglite") {
    const { migrate: run } = await import("drizzle-orm/pglite/migrator");
    await run(handle.db as never, config);
  } else if (handle.driver === "neon") {
    const { migrate: run } = await import("drizzle-orm/neon-serverless/migrator");
    await run(handle.db as never, config);
  } else {
    const { migrate: run } = await import("drizzle-orm/node-postgres/migrator");
    await run(handle.db, config);
  }
}

// One handle per process, kept on globalThis so Next's separate module graphs (and dev reloads) share it.
const globalDb = globalThis as unknown as { __dbHandle?: Promise<Handle> };

/** The application's database. Opened lazily (never at import: build workers import route modules). */
export async function getDb(): Promise<Db> {
  if (!globalDb.__dbHandle) {
    const opening = (async () => {
      const handle = await openDb({ url: env.DATABASE_URL });
      if (handle.driver === "pglite") {
        // The embedded default migrates and seeds itself; configured databases migrate at build.
        await migrate(handle);
        const { seedDemo } = await import("./seed");
        await seedDemo(handle.db);
      }
      return handle;
    })();
    globalDb.__dbHandle = opening;
    // Never cache a rejected open (STACK.md trap 2): the next request tries again.
    opening.catch(() => {
      if (globalDb.__dbHandle === opening) globalDb.__dbHandle = undefined;
    });
  }
  return (await globalDb.__dbHandle).db;
}
