import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appState, processes, recordOutcomes, syncCheckpoints } from "@/db/schema";
import { createKvFromConfig, type Kv } from "@/lib/kv";
import { workspaceLockKey } from "@/lib/sync/run-locked";
import { TEST_REDIS_URL } from "@/lib/testing/redis";
import { LAST_TICK_KEY, recordTick } from "../last-tick";
import { addWorkspace, nextRunAt, openTestDb, type OpenTestDb } from "../testing/fixtures";
import { deleteOldOutcomes } from "./retention";
import { runMaintenance } from "./run-maintenance";
import { STALE_RUN_CODE } from "./stale-runs";

const MINUTE = 60_000;
const STALE_AFTER = 6 * MINUTE;
let t: OpenTestDb;
let kv: Kv;
const locks: string[] = [];

beforeAll(async () => {
  t = await openTestDb("postgres");
  kv = createKvFromConfig({ REDIS_URL: TEST_REDIS_URL });
});
afterAll(async () => {
  for (const key of locks) await kv.del(key);
  await kv?.close?.();
  await t?.close();
});

const ago = (ms: number) => new Date(Date.now() - ms);
async function runningProcess(
  workspaceId: string,
  { startedAgo, checkpointAgo, pointedAt = true }: { startedAgo: number; checkpointAgo?: number; pointedAt?: boolean },
) {
  const [p] = await t.db
    .insert(processes)
    .values({ workspaceId, kind: "incremental", status: "running", startedAt: ago(startedAgo) })
    .returning();
  if (checkpointAgo !== undefined) {
    await t.db.insert(syncCheckpoints).values({
      workspaceId,
      stream: "incremental",
      cursor: { v: 1, active: pointedAt ? { processId: p.id } : null },
      updatedAt: ago(checkpointAgo),
    });
  }
  return p.id;
}
const processRow = async (id: number) => (await t.db.select().from(processes).where(eq(processes.id, id)))[0];

describe("runMaintenance", () => {
  it("finds runs whose owner died, marks them to resume (or closes orphans), and leaves live or recent ones alone", async () => {
    const deadWs = await addWorkspace(t.db, { nextRunAt: new Date(Date.now() + 5 * MINUTE) });
    const dead = await runningProcess(deadWs, { startedAgo: 20 * MINUTE, checkpointAgo: 10 * MINUTE });
    const orphanWs = await addWorkspace(t.db);
    const orphan = await runningProcess(orphanWs, { startedAgo: 20 * MINUTE, checkpointAgo: 10 * MINUTE, pointedAt: false });
    const lockedWs = await addWorkspace(t.db);
    const locked = await runningProcess(lockedWs, { startedAgo: 20 * MINUTE, checkpointAgo: 10 * MINUTE });
    await kv.set(workspaceLockKey(lockedWs), "live-owner", { ttlMs: MINUTE });
    locks.push(workspaceLockKey(lockedWs));
    const recentWs = await addWorkspace(t.db);
    const recent = await runningProcess(recentWs, { startedAgo: 20 * MINUTE, checkpointAgo: MINUTE });
    const doneWs = await addWorkspace(t.db);
    await t.db
      .insert(processes)
      .values({ workspaceId: doneWs, kind: "incremental", status: "completed", startedAt: ago(60 * MINUTE) });

    const report = await runMaintenance({
      db: t.db,
      kv,
      retentionDays: 90,
      deadline: Date.now() + MINUTE,
      staleAfterMs: STALE_AFTER,
    });

    expect(report.staleRuns.map((r) => [r.processId, r.resumable])).toEqual([
      [dead, true],
      [orphan, false],
    ]);
    expect(report.staleRuns[0].silentForMs).toBeGreaterThanOrEqual(10 * MINUTE);
    expect(await processRow(dead)).toMatchObject({ status: "running", errorCode: STALE_RUN_CODE, finishedAt: null });
    expect((await nextRunAt(t.db, deadWs)).getTime()).toBeLessThanOrEqual(Date.now());
    const closed = await processRow(orphan);
    expect(closed).toMatchObject({ status: "failed", errorCode: STALE_RUN_CODE });
    expect(closed.finishedAt).not.toBeNull();
    for (const id of [locked, recent]) expect(await processRow(id)).toMatchObject({ status: "running", errorCode: null });
  });

  it("reports a stalled scheduler: never ticked, or silent for more than 30 minutes", async () => {
    await t.db.delete(appState).where(eq(appState.key, LAST_TICK_KEY));
    const report = () =>
      runMaintenance({ db: t.db, kv, retentionDays: 90, deadline: Date.now() + MINUTE, staleAfterMs: STALE_AFTER });
    expect((await report()).scheduler).toEqual({ stalled: true, lastTickAt: null, silentForMs: null });
    await recordTick(t.db, { at: ago(31 * MINUTE).toISOString(), trigger: "cron", ran: 0 });
    expect((await report()).scheduler).toMatchObject({ stalled: true });
    await recordTick(t.db, { at: ago(MINUTE).toISOString(), trigger: "cron", ran: 1 });
    // An invocation that finishes late with an older time does not move the mark back.
    await recordTick(t.db, { at: ago(40 * MINUTE).toISOString(), trigger: "fanout", ran: 1 });
    const healthy = (await report()).scheduler;
    expect(healthy.stalled).toBe(false);
    expect(healthy.silentForMs).toBeLessThan(2 * MINUTE);
  });
});

describe("deleteOldOutcomes", () => {
  it("deletes only rows older than the retention, in bounded batches, and stops at its deadline", async () => {
    const ws = await addWorkspace(t.db);
    const [p] = await t.db.insert(processes).values({ workspaceId: ws, kind: "incremental", status: "completed" }).returning();
    const day = 86_400_000;
    const rows = (n: number, daysAgo: number) =>
      Array.from({ length: n }, (_, i) => ({
        processId: p.id,
        workspaceId: ws,
        outcome: "created" as const,
        email: `${daysAgo}-${i}@x.test`,
        createdAt: ago(daysAgo * day),
      }));
    await t.db.insert(recordOutcomes).values([...rows(5, 100), ...rows(3, 10)]);

    expect(await deleteOldOutcomes(t.db, { retentionDays: 90, deadline: Date.now() - 1, batchSize: 2 })).toMatchObject({
      deleted: 0,
      complete: false,
    });
    const result = await deleteOldOutcomes(t.db, { retentionDays: 90, deadline: Date.now() + MINUTE, batchSize: 2 });
    expect(result).toMatchObject({ deleted: 5, batches: 3, complete: true });
    const left = await t.db
      .select({ email: recordOutcomes.email })
      .from(recordOutcomes)
      .where(eq(recordOutcomes.workspaceId, ws));
    expect(left.map((r) => r.email!.split("-")[0])).toEqual(["10", "10", "10"]);
  });
});
