import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backfillJobs, workspaces } from "@/db/schema";
import { claimDueWorkspaces, countDueWorkspaces, rescheduleWorkspace } from "./claim";
import { addWorkspace, nextRunAt, openTestDb, type OpenTestDb } from "./testing/fixtures";
import { SYNC_INTERVAL_MS } from "./timing";

const LEASE = 360_000;
const MINUTE = 60_000;

describe.each(["pglite", "postgres"] as const)("claiming due workspaces on %s", (engine) => {
  let t: OpenTestDb;
  beforeAll(async () => {
    t = await openTestDb(engine);
  });
  afterAll(async () => {
    await t?.close();
  });
  const reset = () => t.db.delete(workspaces);

  it("claims only enabled, unbroken, unpaused, due workspaces, oldest first, up to the limit", async () => {
    await reset();
    const now = new Date();
    const ago = (m: number) => new Date(now.getTime() - m * MINUTE);
    const oldest = await addWorkspace(t.db, { nextRunAt: ago(30) });
    const pauseOver = await addWorkspace(t.db, { nextRunAt: ago(20), pausedUntil: ago(1) });
    const unknownStatus = await addWorkspace(t.db, { nextRunAt: ago(10), connectionStatus: "unknown" });
    const newest = await addWorkspace(t.db, { nextRunAt: ago(1) });
    await addWorkspace(t.db, { nextRunAt: ago(40), syncEnabled: false });
    await addWorkspace(t.db, { nextRunAt: ago(40), connectionStatus: "broken" });
    await addWorkspace(t.db, { nextRunAt: ago(40), pausedUntil: new Date(now.getTime() + MINUTE) });
    await addWorkspace(t.db, { nextRunAt: new Date(now.getTime() + MINUTE) });

    expect(await countDueWorkspaces(t.db, now)).toBe(4);
    const first = await claimDueWorkspaces(t.db, { limit: 3, leaseMs: LEASE, now });
    expect(first.map((c) => c.id)).toEqual([oldest, pauseOver, unknownStatus]);
    expect(first[0].dueAt.getTime()).toBe(ago(30).getTime());
    expect((await nextRunAt(t.db, oldest)).getTime()).toBe(now.getTime() + LEASE);

    const second = await claimDueWorkspaces(t.db, { limit: 3, leaseMs: LEASE, now });
    expect(second.map((c) => c.id)).toEqual([newest]);
    expect(await claimDueWorkspaces(t.db, { limit: 3, leaseMs: LEASE, now })).toEqual([]);
    expect(await countDueWorkspaces(t.db, now)).toBe(0);
  });

  it("skips workspaces this invocation already ran", async () => {
    await reset();
    const a = await addWorkspace(t.db, { nextRunAt: new Date(Date.now() - 2 * MINUTE) });
    const b = await addWorkspace(t.db);
    const claimed = await claimDueWorkspaces(t.db, { limit: 5, leaseMs: LEASE, exclude: [a] });
    expect(claimed.map((c) => c.id)).toEqual([b]);
  });

  it("parallel claims never hand out one workspace twice", async () => {
    await reset();
    const ids = await Promise.all(
      Array.from({ length: 12 }, (_, i) => addWorkspace(t.db, { nextRunAt: new Date(Date.now() - i * 1000 - 1000) })),
    );
    const claims = await Promise.all(Array.from({ length: 10 }, () => claimDueWorkspaces(t.db, { limit: 2, leaseMs: LEASE })));
    const claimed = claims.flat().map((c) => c.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    // 10 claimers × 2 ≥ 12: each due workspace was handed out exactly once.
    expect(claimed.sort()).toEqual([...ids].sort());
  });

  it("a queued backfill makes an idle workspace due, but not one that is leased to a run", async () => {
    await reset();
    const now = new Date();
    const idle = await addWorkspace(t.db, { nextRunAt: new Date(now.getTime() + SYNC_INTERVAL_MS - 1000) });
    const leased = await addWorkspace(t.db, { nextRunAt: new Date(now.getTime() + LEASE) });
    for (const workspaceId of [idle, leased]) {
      await t.db.insert(backfillJobs).values({ workspaceId, startDate: "2025-01-01", endDate: "2025-01-31", createdAt: now });
    }
    const claimed = await claimDueWorkspaces(t.db, { limit: 5, leaseMs: LEASE, now });
    expect(claimed.map((c) => c.id)).toEqual([idle]);
    // Once claimed, the lease hides the same job.
    expect(await claimDueWorkspaces(t.db, { limit: 5, leaseMs: LEASE, now })).toEqual([]);
  });

  it("reschedules: at once with more work or an open backfill, after the interval otherwise or after an error", async () => {
    await reset();
    const now = new Date();
    const plain = await addWorkspace(t.db);
    const more = await addWorkspace(t.db);
    const withJob = await addWorkspace(t.db);
    const failed = await addWorkspace(t.db);
    for (const workspaceId of [withJob, failed]) {
      await t.db.insert(backfillJobs).values({ workspaceId, startDate: "2025-01-01", endDate: "2025-01-31", status: "running" });
    }
    await rescheduleWorkspace(t.db, plain, { moreWork: false, now });
    await rescheduleWorkspace(t.db, more, { moreWork: true, now });
    await rescheduleWorkspace(t.db, withJob, { moreWork: false, now });
    await rescheduleWorkspace(t.db, failed, { moreWork: true, failed: true, now });
    expect((await nextRunAt(t.db, plain)).getTime()).toBe(now.getTime() + SYNC_INTERVAL_MS);
    expect((await nextRunAt(t.db, more)).getTime()).toBe(now.getTime());
    expect((await nextRunAt(t.db, withJob)).getTime()).toBe(now.getTime());
    expect((await nextRunAt(t.db, failed)).getTime()).toBe(now.getTime() + SYNC_INTERVAL_MS);
  });
});
