/**
 * Child process for the "lock holder dies" test: runs one workspace's sync under its owned lock with a
 * short TTL, exactly as the engine's runWorkspaceLocked does but with the TTL given, until the parent
 * kills it with SIGKILL mid-run (so nothing is released and no finally block runs).
 *
 *   node --conditions=react-server --import tsx lib/scheduler/testing/hold-lock-child.ts <dbUrl> <redisUrl> <workspaceId> <ttlMs>
 */
import { openDb } from "@/db";
import { createKvFromConfig } from "@/lib/kv";
import { withLock } from "@/lib/lock";
import { runSync } from "@/lib/sync/run";
import { workspaceLockKey } from "@/lib/sync/run-locked";

const [dbUrl, redisUrl, workspaceId, ttl] = process.argv.slice(2);
const handle = await openDb({ url: dbUrl, driver: "pg" });
const kv = createKvFromConfig({ REDIS_URL: redisUrl });
const ttlMs = Number(ttl);
const result = await withLock(kv, workspaceLockKey(workspaceId), { ttlMs, extendEveryMs: ttlMs / 3 }, ({ signal }) =>
  runSync({ workspaceId, kind: "incremental", deadline: Date.now() + 120_000, trigger: "cli", db: handle.db, signal }),
);
// Reaching this line means the parent was too slow to kill us; it checks for it.
process.stdout.write(`finished ${JSON.stringify(result)}\n`);
await handle.close();
await kv.close?.();
