import { spawn } from "node:child_process";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openDb, type Db, type Handle } from "@/db";
import { processes, workspaces } from "@/db/schema";
import { FANOUT_HEADER } from "@/lib/cron/fan-out";
import { createSyncCronHandler } from "@/lib/cron/sync-cron";
import { withCron } from "@/lib/cron/with-cron";
import { createKvFromConfig, type Kv } from "@/lib/kv";
import { runWorkspaceLocked, workspaceLockKey } from "@/lib/sync/run-locked";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/postgres";
import { TEST_REDIS_URL } from "@/lib/testing/redis";
import { waitFor } from "@/lib/testing/wait-for";
import { countDueWorkspaces } from "./claim";
import { createEngineRunner } from "./engine-runner";
import {
  expectedItems,
  marketoRecordKeys,
  outcomeKeys,
  overlappingSpans,
  processesOf,
  recordLockSpans,
  startSandboxWorkspaces,
  type SandboxWorkspace,
} from "./testing/sandbox-workspaces";

// The cron route's handler (withCron + the sync handler, as app/api/cron/sync/route.ts builds it) driven
// by many simultaneous deliveries against a real PostgreSQL database, locks on the real Redis and the
// real engine talking HTTP to standalone ON24/Marketo simulators.
const SECRET = vi.hoisted(() => (process.env.CRON_SECRET = "integration-cron-secret-0123456789"));

/** Short invocations, so every workspace needs several chunks (the engine needs ~9 s before its first step). */
const BUDGET_MS = 12_000;
/** A workspace found locked (by "Sync now") is due again this soon, instead of the production minute. */
const BUSY_RETRY_MS = 1_000;
/** The dying holder's lock TTL: short, so the takeover is quick to observe. */
const HOLDER_TTL_MS = 3_000;
/** Enough rounds for every workspace to finish; the test fails (not hangs) if they do not. */
const MAX_WAVES = 25;

let testDb: TestDatabase;
let handle: Handle;
let db: Db;
let redis: Kv;
const started: SandboxWorkspace[] = [];
const overruns: number[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase({ migrate: true });
  handle = await openDb({ url: testDb.url, driver: "pg" });
  db = handle.db;
  redis = createKvFromConfig({ REDIS_URL: TEST_REDIS_URL });
});

afterAll(async () => {
  for (const ws of started) await redis?.del(workspaceLockKey(ws.workspaceId));
  await Promise.all(started.map((ws) => ws.close()));
  await redis?.close?.();
  await handle?.close();
  await testDb?.drop();
  if (overruns.length)
    console.log(`[scheduler] longest chunk past its deadline: ${Math.max(...overruns)} ms (${overruns.length} chunks)`);
});

/** The route's handler on the given KV; fan-out requests go to the same handler, in-process. */
function cronRoute(kv: Kv) {
  const background: Promise<unknown>[] = [];
  const request = (headers: Record<string, string> = {}) =>
    new Request("http://localhost/api/cron/sync", { headers: { authorization: `Bearer ${SECRET}`, ...headers } });
  const handler = withCron(
    createSyncCronHandler({
      db: async () => db,
      runWorkspace: createEngineRunner({ kv, db }),
      dispatch: async (count) => {
        for (let i = 0; i < count; i++) background.push(handler(request({ [FANOUT_HEADER]: "1" })));
      },
      defer: (task) => void background.push(task()),
      budgetMs: BUDGET_MS,
      busyRetryMs: BUSY_RETRY_MS,
    }),
  );
  const invoke = async () => {
    const response = await handler(request());
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      maxOverrunMs: number | null;
      workspaces: { id: string; busy: boolean; moreWork: boolean }[];
    };
    if (body.maxOverrunMs !== null) overruns.push(body.maxOverrunMs);
    return body;
  };
  return { invoke, background };
}

/** Processes of these workspaces not yet finished, plus workspaces still due. */
async function unfinished(ids: string[]): Promise<number> {
  const open = await db
    .select({ id: processes.id })
    .from(processes)
    .where(and(inArray(processes.workspaceId, ids), inArray(processes.status, ["running", "queued"])));
  return open.length + (await countDueWorkspaces(db));
}

/** Every expected item has an outcome in the workspace's first cycle, none twice, and Marketo holds every record written. */
async function expectAllArrived(ws: SandboxWorkspace) {
  const [first] = await processesOf(db, ws.workspaceId);
  const expected = await expectedItems(db, ws, first.id);
  expect(expected.size).toBeGreaterThan(0);
  for (const p of await processesOf(db, ws.workspaceId)) {
    const keys = await outcomeKeys(db, ws.workspaceId, p.id);
    expect(keys.length, `duplicate outcomes in process ${p.id}`).toBe(new Set(keys).size);
  }
  const firstKeys = new Set(await outcomeKeys(db, ws.workspaceId, first.id));
  expect([...expected].filter((k) => !firstKeys.has(k))).toEqual([]);
  const inMarketo = marketoRecordKeys(ws);
  expect(inMarketo.length).toBe(new Set(inMarketo).size);
  const written = new Set([...firstKeys].map((k) => k.split("|").slice(0, 2).join("|")));
  expect(inMarketo.filter((k) => !written.has(k))).toEqual([]);
  expect(first.coMapped).toBeGreaterThan(0);
  expect(first.status).toMatch(/^completed/);
}

describe("the cron route under concurrency (real Redis, PostgreSQL, simulators)", () => {
  it("20 concurrent invocations against 5 workspaces: never two runs of one workspace at once, and all work completes", async () => {
    // ~1,600 registrations each and a slow Marketo: more than one 12 s invocation's work per workspace.
    const five = await startSandboxWorkspaces(db, 5, { events: 4, registrantsPerEvent: 400, marketo: { latencyMs: [250, 350] } });
    started.push(...five);
    const ids = five.map((w) => w.workspaceId);
    const recorded = recordLockSpans(redis);
    const { invoke, background } = cronRoute(recorded.kv);

    // First wave: 20 deliveries at once, and two "Sync now" per workspace as soon as the cron holds a lock.
    const first = Promise.all(Array.from({ length: 20 }, invoke));
    await waitFor(() => recorded.open.size > 0, { timeoutMs: 20_000, what: "a workspace lock taken by the cron" });
    const manualResults = await Promise.all(
      ids.flatMap((id) =>
        [1, 2].map(() => runWorkspaceLocked(id, { kv: recorded.kv, db, deadline: Date.now() + BUDGET_MS, trigger: "user:test" })),
      ),
    );
    const waves = [await first];
    for (let i = 0; i < MAX_WAVES && (await unfinished(ids)) > 0; i++) {
      // A cut-off "Sync now" leaves work that becomes due once the busy retry has passed.
      await waitFor(async () => (await countDueWorkspaces(db)) > 0, { timeoutMs: 10_000, what: "a due workspace" });
      waves.push(await Promise.all(Array.from({ length: 20 }, invoke)));
    }
    await Promise.all(background);

    expect(await unfinished(ids)).toBe(0);
    const turns = waves
      .flat()
      .flatMap((b) => b.workspaces)
      .filter((w) => !w.busy);
    const cut = turns.filter((w) => w.moreWork).length;
    console.log(
      `[scheduler] ${waves.length} waves of 20: ${turns.length} workspace turns (${cut} cut off at their deadline), ${manualResults.length} manual runs`,
    );
    // Contention really happened: some run found its workspace locked.
    const busy =
      manualResults.filter((r) => r.status === "busy").length +
      waves
        .flat()
        .flatMap((b) => b.workspaces)
        .filter((w) => w.busy).length;
    expect(busy).toBeGreaterThan(0);
    // Lock spans (which contain the runs) never overlap per workspace, and every lock was released.
    expect(overlappingSpans(recorded.spans)).toEqual([]);
    expect(recorded.open.size).toBe(0);
    for (const ws of five) {
      const rows = await processesOf(db, ws.workspaceId);
      const spans = rows.map((p) => ({
        key: ws.workspaceId,
        from: p.startedAt!.getTime(),
        to: (p.finishedAt ?? new Date()).getTime(),
      }));
      expect(overlappingSpans(spans), `process intervals of ${ws.workspaceId}`).toEqual([]);
      await expectAllArrived(ws);
    }
  }, 240_000);

  it("a duplicated schedule delivery does no double work: same outcomes and Marketo calls as a single delivery", async () => {
    // Two workspaces with identical data (same ON24 seed, same frozen clock, fresh Marketo instances).
    const [twice, once] = await startSandboxWorkspaces(db, 2, { sameSeed: true, events: 3, registrantsPerEvent: 120 });
    started.push(twice, once);
    await db.update(workspaces).set({ syncEnabled: false }).where(eq(workspaces.id, once.workspaceId));
    const { invoke } = cronRoute(redis);
    const runUntilDone = async (deliveries: number) => {
      for (let i = 0; i < MAX_WAVES && (await countDueWorkspaces(db)) > 0; i++)
        await Promise.all(Array.from({ length: deliveries }, invoke));
    };
    await runUntilDone(2);
    await db.update(workspaces).set({ syncEnabled: true, nextRunAt: new Date() }).where(eq(workspaces.id, once.workspaceId));
    await runUntilDone(1);

    const summary = async (ws: SandboxWorkspace) => {
      const rows = await processesOf(db, ws.workspaceId);
      const outcomes = (await Promise.all(rows.map((p) => outcomeKeys(db, ws.workspaceId, p.id)))).flat();
      const calls = ws
        .instance()
        .callLog.filter((c) => c.operation !== "identity")
        .map((c) => c.operation);
      return {
        processes: rows.length,
        outcomes: outcomes.sort(),
        marketoCalls: calls.length,
        records: marketoRecordKeys(ws).sort(),
      };
    };
    const [a, b] = [await summary(twice), await summary(once)];
    expect(a.processes).toBe(1);
    expect(a).toEqual(b);
    await expectAllArrived(twice);
  }, 240_000);

  it("a lock holder that dies is taken over after its lock's TTL, and its run resumes from the checkpoint", async () => {
    // Slow enough that the holder is mid-run when it is killed.
    const [ws] = await startSandboxWorkspaces(db, 1, { events: 4, registrantsPerEvent: 300, marketo: { latencyMs: 300 } });
    started.push(ws);
    const child = spawn(
      process.execPath,
      [
        "--conditions=react-server",
        "--import",
        "tsx",
        "lib/scheduler/testing/hold-lock-child.ts",
        testDb.url,
        TEST_REDIS_URL,
        ws.workspaceId,
        String(HOLDER_TTL_MS),
      ],
      { cwd: process.cwd(), env: process.env, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (d) => (output += String(d)));
    child.stderr.on("data", (d) => (output += String(d)));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));

    // Kill it once at least one batch is committed (so there is a checkpoint to resume from).
    const progress = async () => (await processesOf(db, ws.workspaceId)).find((p) => p.recordsDone > 0);
    const dead = await waitFor(progress, { timeoutMs: 60_000, intervalMs: 50, what: "a committed batch of the child" }).catch(
      (error: Error) => {
        throw new Error(`${error.message}; the child said: ${output}`);
      },
    );
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect(output).not.toContain("finished");
    const doneAtDeath = (await processesOf(db, ws.workspaceId))[0].recordsDone;

    // Its lock is still there: a delivery now finds the workspace busy and touches nothing.
    expect(await redis.pttl(workspaceLockKey(ws.workspaceId))).toBeGreaterThan(0);
    // Due now (as after its lease): nothing else runs it until then, this test's child holds it alone.
    await db.update(workspaces).set({ nextRunAt: new Date() }).where(eq(workspaces.id, ws.workspaceId));
    const { invoke } = cronRoute(redis);
    const whileHeld = await invoke();
    expect(whileHeld.workspaces).toEqual([expect.objectContaining({ id: ws.workspaceId, busy: true })]);
    expect((await processesOf(db, ws.workspaceId))[0].recordsDone).toBe(doneAtDeath);

    // Nobody extends it, so it expires on its own; the next deliveries take over (after the busy retry).
    await waitFor(async () => (await redis.pttl(workspaceLockKey(ws.workspaceId))) === -2, {
      timeoutMs: HOLDER_TTL_MS * 3,
      what: "the dead holder's lock to expire",
    });
    for (let i = 0; i < MAX_WAVES && (await unfinished([ws.workspaceId])) > 0; i++) {
      await waitFor(async () => (await countDueWorkspaces(db)) > 0, { timeoutMs: 10_000, what: "the workspace due again" });
      await invoke();
    }

    const rows = await processesOf(db, ws.workspaceId);
    expect(rows.map((p) => p.id)).toEqual([dead.id]); // the same process, resumed, not a new one
    expect(rows[0].status).toMatch(/^completed/);
    expect(rows[0].recordsDone).toBeGreaterThan(doneAtDeath);
    await expectAllArrived(ws);
  }, 240_000);
});
