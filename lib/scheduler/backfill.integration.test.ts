import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type Db, type Handle } from "@/db";
import { backfillJobs, processes, workspaces } from "@/db/schema";
import { requestBackfill } from "@/lib/backfill/request";
import { createKvFromConfig, type Kv } from "@/lib/kv";
import { addDays, pacificDay, pacificDayEnd, pacificDayStart } from "@/lib/on24/pacific-time";
import { workspaceLockKey } from "@/lib/sync/run-locked";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/postgres";
import { TEST_REDIS_URL } from "@/lib/testing/redis";
import { createEngineRunner } from "./engine-runner";
import { itemsBetween, outcomeKeys, startSandboxWorkspaces, type SandboxWorkspace } from "./testing/sandbox-workspaces";
import { runSchedulerTick } from "./tick";

// Backfill jobs through the scheduler's loop and the real engine: queued from the Options page's domain
// function, worked on in chunks beside the incremental sync, progress visible, cancellable.
/** Room for both chunks of a turn (each needs the engine's ~10 s minimum), and short enough to cut a slow backfill. */
const BUDGET_MS = 24_000;
const MAX_TICKS = 30;

let testDb: TestDatabase;
let handle: Handle;
let db: Db;
let kv: Kv;
const started: SandboxWorkspace[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase({ migrate: true });
  handle = await openDb({ url: testDb.url, driver: "pg" });
  db = handle.db;
  kv = createKvFromConfig({ REDIS_URL: TEST_REDIS_URL });
});

afterAll(async () => {
  for (const ws of started) await kv?.del(workspaceLockKey(ws.workspaceId));
  await Promise.all(started.map((ws) => ws.close()));
  await kv?.close?.();
  await handle?.close();
  await testDb?.drop();
});

const tick = () =>
  runSchedulerTick({ db, runWorkspace: createEngineRunner({ kv, db }) }, { trigger: "cron", deadline: Date.now() + BUDGET_MS });
const jobRow = async (id: string) => (await db.select().from(backfillJobs).where(eq(backfillJobs.id, id)))[0];

/** Three weeks, ending ten days ago: before the incremental sync's first-run week. */
function pastRange(ws: SandboxWorkspace) {
  const endDate = addDays(pacificDay(ws.clock), -10);
  return { startDate: addDays(endDate, -20), endDate };
}

describe("backfill jobs in the scheduler's loop", () => {
  it("a queued job runs in chunks with visible progress until every record of its days has arrived", async () => {
    const [ws] = await startSandboxWorkspaces(db, 1, {
      pastDays: 40,
      events: 6,
      registrantsPerEvent: 900,
      marketo: { latencyMs: [400, 600] },
    });
    started.push(ws);
    const range = pastRange(ws);
    const [job] = await requestBackfill(db, { workspaceId: ws.workspaceId, userId: null }, range);
    expect(job.status).toBe("queued");

    const seen: { status: string; done: number; estimate: number | null }[] = [];
    for (let i = 0; i < MAX_TICKS && ["queued", "running"].includes((await jobRow(job.id)).status); i++) {
      await tick();
      const row = await jobRow(job.id);
      seen.push({ status: row.status, done: row.recordsDone, estimate: row.recordsEstimate });
      // Whatever the regular schedule says, the open job keeps its workspace due.
      await db.update(workspaces).set({ nextRunAt: new Date() }).where(eq(workspaces.id, ws.workspaceId));
    }

    const done = await jobRow(job.id);
    console.log(
      `[scheduler] backfill progress per tick: ${seen.map((s) => `${s.status} ${s.done}/${s.estimate ?? "?"}`).join(", ")}`,
    );
    expect(done.status).toBe("completed");
    // Progress was visible on the way: running with some records done of an estimate, never going backwards.
    const running = seen.filter((s) => s.status === "running");
    expect(running.length).toBeGreaterThan(0);
    expect(running[0].done).toBeGreaterThan(0);
    expect(running[0].estimate).toBeGreaterThanOrEqual(running[0].done);
    expect(seen.map((s) => s.done)).toEqual([...seen.map((s) => s.done)].sort((a, b) => a - b));
    expect(done.recordsDone).toBe(done.recordsEstimate);

    const [p] = await db.select().from(processes).where(eq(processes.id, done.processId!));
    expect(p).toMatchObject({ kind: "backfill", backfillJobId: job.id });
    expect(p.status).toMatch(/^completed/);
    const expected = itemsBetween(ws, pacificDayStart(range.startDate), pacificDayEnd(range.endDate));
    const keys = await outcomeKeys(db, ws.workspaceId, p.id);
    expect(expected.size).toBeGreaterThan(0);
    expect(keys.length).toBe(new Set(keys).size);
    expect([...expected].filter((k) => !keys.includes(k))).toEqual([]);
  }, 300_000);

  it("a job cancelled while running gets no further chunk, and its process is closed as cancelled", async () => {
    const [ws] = await startSandboxWorkspaces(db, 1, {
      pastDays: 40,
      events: 6,
      registrantsPerEvent: 900,
      marketo: { latencyMs: [400, 600] },
    });
    started.push(ws);
    const [job] = await requestBackfill(db, { workspaceId: ws.workspaceId, userId: null }, pastRange(ws));

    for (let i = 0; i < MAX_TICKS && (await jobRow(job.id)).status === "queued"; i++) {
      await tick();
      await db.update(workspaces).set({ nextRunAt: new Date() }).where(eq(workspaces.id, ws.workspaceId));
    }
    const running = await jobRow(job.id);
    expect(running.status).toBe("running");
    await db.update(backfillJobs).set({ status: "cancelled" }).where(eq(backfillJobs.id, job.id));
    const doneWhenCancelled = running.recordsDone;

    const result = await tick();
    expect(result.turns.flatMap((t) => t.chunks.map((c) => c.kind))).toEqual(["incremental"]);
    const after = await jobRow(job.id);
    expect(after).toMatchObject({ status: "cancelled", recordsDone: doneWhenCancelled });
    const [p] = await db.select().from(processes).where(eq(processes.id, running.processId!));
    expect(p.status).toBe("cancelled");
    expect(p.finishedAt).not.toBeNull();
  }, 300_000);
});
