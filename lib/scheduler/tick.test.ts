import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { backfillJobs, workspaces } from "@/db/schema";
import { BUSY_RETRY_MS } from "./claim";
import { readLastTick } from "./last-tick";
import { addWorkspace, nextRunAt, openTestDb, type OpenTestDb } from "./testing/fixtures";
import { runSchedulerTick, MAX_FAN_OUT } from "./tick";
import { SYNC_INTERVAL_MS } from "./timing";
import type { RunWorkspace, WorkspaceRunOutcome, WorkspaceRunRequest } from "./types";
import { TOO_LONG_BACKFILL } from "./workspace-turn";

// The loop's own tests: the engine is replaced by a recorder (the engine is not what is tested here;
// lib/scheduler/cron-sync.integration.test.ts drives the real one).
type Call = WorkspaceRunRequest & { workspaceId: string; at: number };

function recorder(
  answer: (workspaceId: string, request: WorkspaceRunRequest) => WorkspaceRunOutcome | Promise<WorkspaceRunOutcome>,
) {
  const calls: Call[] = [];
  const run: RunWorkspace = async (workspaceId, request) => {
    calls.push({ workspaceId, ...request, at: Date.now() });
    return answer(workspaceId, request);
  };
  return { calls, run };
}
const done = (moreWork = false): WorkspaceRunOutcome => ({ busy: false, processId: 1, status: "completed", moreWork });
const MINUTE = 60_000;

let t: OpenTestDb;
beforeAll(async () => {
  t = await openTestDb("pglite");
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.db.delete(workspaces);
});

describe("runSchedulerTick", () => {
  it("serves due workspaces oldest first and reschedules each by whether it has more work", async () => {
    const old = await addWorkspace(t.db, { nextRunAt: new Date(Date.now() - 10 * MINUTE) });
    const mid = await addWorkspace(t.db, { nextRunAt: new Date(Date.now() - 5 * MINUTE) });
    const young = await addWorkspace(t.db, { nextRunAt: new Date(Date.now() - MINUTE) });
    const r = recorder((id) => done(id === mid));
    const before = Date.now();
    const result = await runSchedulerTick(
      { db: t.db, runWorkspace: r.run },
      { trigger: "cron", deadline: Date.now() + 60_000, concurrency: 1 },
    );

    expect(r.calls.map((c) => c.workspaceId)).toEqual([old, mid, young]);
    expect(r.calls.every((c) => c.kind === "incremental" && c.trigger === "cron")).toBe(true);
    expect(result.turns.map((turn) => [turn.workspaceId, turn.moreWork])).toEqual([
      [old, false],
      [mid, true],
      [young, false],
    ]);
    expect((await nextRunAt(t.db, mid)).getTime()).toBeLessThanOrEqual(Date.now());
    expect((await nextRunAt(t.db, old)).getTime()).toBeGreaterThanOrEqual(before + SYNC_INTERVAL_MS);
    expect(await readLastTick(t.db)).toMatchObject({ at: result.finishedAt, trigger: "cron", ran: 3 });
  });

  it("runs each workspace at most once per invocation, even when it asks for more", async () => {
    const id = await addWorkspace(t.db);
    const r = recorder(() => done(true));
    await runSchedulerTick({ db: t.db, runWorkspace: r.run }, { trigger: "cron", deadline: Date.now() + 60_000 });
    expect(r.calls.map((c) => c.workspaceId)).toEqual([id]);
  });

  it("stops at the per-invocation cap and asks for enough further invocations, at most MAX_FAN_OUT", async () => {
    for (let i = 0; i < 10; i++) await addWorkspace(t.db, { nextRunAt: new Date(Date.now() - (i + 1) * 1000) });
    const r = recorder(() => done());
    const fanOut = vi.fn(async () => {});
    const result = await runSchedulerTick(
      { db: t.db, runWorkspace: r.run },
      { trigger: "cron", deadline: Date.now() + 60_000, maxWorkspaces: 2, fanOut },
    );
    expect(result.dueAtStart).toBe(10);
    expect(fanOut).toHaveBeenCalledExactlyOnceWith(MAX_FAN_OUT);
    expect(result.fanOut).toBe(MAX_FAN_OUT);
    expect(r.calls).toHaveLength(2);

    // 8 left due; with a cap of 4 that is one more invocation.
    const fewer = vi.fn(async () => {});
    const second = await runSchedulerTick(
      { db: t.db, runWorkspace: r.run },
      { trigger: "cron", deadline: Date.now() + 60_000, maxWorkspaces: 4, fanOut: fewer },
    );
    expect(fewer).toHaveBeenCalledExactlyOnceWith(1);
    expect(second.turns).toHaveLength(4);
  });

  it("does not fan out when one invocation can serve everything that is due", async () => {
    await addWorkspace(t.db);
    const fanOut = vi.fn(async () => {});
    const result = await runSchedulerTick(
      { db: t.db, runWorkspace: recorder(() => done()).run },
      { trigger: "cron", deadline: Date.now() + 60_000, fanOut },
    );
    expect(fanOut).not.toHaveBeenCalled();
    expect(result.fanOut).toBe(0);
  });

  it("gives each turn a fair slice of the time left, never past the invocation's deadline", async () => {
    for (let i = 0; i < 4; i++) await addWorkspace(t.db, { nextRunAt: new Date(Date.now() - (i + 1) * 1000) });
    const r = recorder(() => done());
    const start = Date.now();
    const deadline = start + 40_000;
    await runSchedulerTick({ db: t.db, runWorkspace: r.run }, { trigger: "cron", deadline, concurrency: 2, minChunkMs: 1000 });
    expect(r.calls).toHaveLength(4);
    // Four due over two workers: two rounds, so the first turns get about half of the 40 s.
    const first = r.calls[0];
    expect(first.deadline - first.at).toBeGreaterThan(15_000);
    expect(first.deadline - first.at).toBeLessThanOrEqual(20_000);
    expect(r.calls.every((c) => c.deadline <= deadline)).toBe(true);
  });

  it("claims nothing when less than a chunk's minimum time is left", async () => {
    const id = await addWorkspace(t.db);
    const r = recorder(() => done());
    const result = await runSchedulerTick(
      { db: t.db, runWorkspace: r.run },
      { trigger: "local", deadline: Date.now() + 5_000, minChunkMs: 10_000 },
    );
    expect(r.calls).toEqual([]);
    expect(result.turns).toEqual([]);
    expect((await nextRunAt(t.db, id)).getTime()).toBeLessThan(Date.now());
    expect(await readLastTick(t.db)).toMatchObject({ trigger: "local", ran: 0 });
  });

  it("retries a busy workspace after BUSY_RETRY_MS, and a failing one waits the interval", async () => {
    const busy = await addWorkspace(t.db, { nextRunAt: new Date(Date.now() - 2 * MINUTE) });
    const failing = await addWorkspace(t.db, { nextRunAt: new Date(Date.now() - MINUTE) });
    const fine = await addWorkspace(t.db, { nextRunAt: new Date(Date.now() - 1000) });
    vi.spyOn(console, "error").mockImplementation(() => {});
    const r = recorder((id) => {
      if (id === busy) return { busy: true };
      if (id === failing) throw new Error("database went away");
      return done();
    });
    const before = Date.now();
    const result = await runSchedulerTick(
      { db: t.db, runWorkspace: r.run },
      { trigger: "cron", deadline: Date.now() + 60_000, leaseMs: 7 * MINUTE, concurrency: 1 },
    );
    expect(result.turns.map((turn) => ({ id: turn.workspaceId, busy: turn.busy, error: turn.error }))).toEqual([
      { id: busy, busy: true, error: undefined },
      { id: failing, busy: false, error: "database went away" },
      { id: fine, busy: false, error: undefined },
    ]);
    const busyAt = (await nextRunAt(t.db, busy)).getTime();
    expect(busyAt).toBeGreaterThanOrEqual(before + BUSY_RETRY_MS);
    expect(busyAt).toBeLessThan(before + 7 * MINUTE);
    expect((await nextRunAt(t.db, failing)).getTime()).toBeGreaterThanOrEqual(before + SYNC_INTERVAL_MS);
    vi.restoreAllMocks();
  });
});

describe("backfill chunks in the same loop", () => {
  const addJob = async (workspaceId: string, values: Partial<typeof backfillJobs.$inferInsert> = {}) => {
    const [job] = await t.db
      .insert(backfillJobs)
      .values({ workspaceId, startDate: "2025-01-01", endDate: "2025-01-31", ...values })
      .returning();
    return job;
  };

  it("splits the turn: incremental first with half the time, then the oldest open job with the rest", async () => {
    const ws = await addWorkspace(t.db);
    const older = await addJob(ws, { createdAt: new Date(Date.now() - MINUTE) });
    await addJob(ws, { startDate: "2025-02-01", endDate: "2025-02-28" });
    const r = recorder((_, req) => done(req.kind === "backfill"));
    const deadline = Date.now() + 60_000;
    const result = await runSchedulerTick({ db: t.db, runWorkspace: r.run }, { trigger: "cron", deadline, minChunkMs: 1000 });

    expect(r.calls.map((c) => [c.kind, c.backfillJobId])).toEqual([
      ["incremental", undefined],
      ["backfill", older.id],
    ]);
    expect(r.calls[0].deadline - r.calls[0].at).toBeLessThanOrEqual(30_000);
    expect(r.calls[0].deadline - r.calls[0].at).toBeGreaterThan(25_000);
    expect(r.calls[1].deadline).toBe(deadline);
    expect(result.turns[0].moreWork).toBe(true);
    // Open jobs keep the workspace due at once.
    expect((await nextRunAt(t.db, ws)).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("does not start the backfill chunk when the job was cancelled while the incremental chunk ran", async () => {
    const ws = await addWorkspace(t.db);
    const job = await addJob(ws, { status: "running" });
    const r = recorder(async (_, req) => {
      if (req.kind === "incremental")
        await t.db.update(backfillJobs).set({ status: "cancelled" }).where(eq(backfillJobs.id, job.id));
      return done();
    });
    await runSchedulerTick(
      { db: t.db, runWorkspace: r.run },
      { trigger: "cron", deadline: Date.now() + 60_000, minChunkMs: 1000 },
    );
    expect(r.calls.map((c) => c.kind)).toEqual(["incremental"]);
  });

  it("does not start it after a paused or broken incremental chunk", async () => {
    const ws = await addWorkspace(t.db);
    await addJob(ws);
    const r = recorder(() => ({ busy: false, processId: null, status: "paused", moreWork: false }));
    await runSchedulerTick(
      { db: t.db, runWorkspace: r.run },
      { trigger: "cron", deadline: Date.now() + 60_000, minChunkMs: 1000 },
    );
    expect(r.calls.map((c) => c.kind)).toEqual(["incremental"]);
  });

  it("refuses a job longer than 31 days that reached the table (marked failed, never run)", async () => {
    const ws = await addWorkspace(t.db);
    const tooLong = await addJob(ws, { startDate: "2025-01-01", endDate: "2025-02-14" });
    const r = recorder(() => done());
    await runSchedulerTick(
      { db: t.db, runWorkspace: r.run },
      { trigger: "cron", deadline: Date.now() + 60_000, minChunkMs: 1000 },
    );
    expect(r.calls.map((c) => c.kind)).toEqual(["incremental"]);
    const [row] = await t.db.select().from(backfillJobs).where(eq(backfillJobs.id, tooLong.id));
    expect(row).toMatchObject({ status: "failed", error: TOO_LONG_BACKFILL });
  });
});
