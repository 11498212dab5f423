import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { backfillJobs, processes } from "@/db/schema";
import { queueReplay } from "@/lib/activity/queue-replay";
import { addDays, pacificDay } from "@/lib/on24/pacific-time";
import { expectedFromSandbox, storedRecords } from "./testing/expected";
import { startHarness, type Harness } from "./testing/harness";
import { outcomeCounts, outcomesOf } from "./testing/outcomes";

const ACCOUNT = { seed: 17, events: 6, registrantsPerEvent: 40, pastDays: 30, futureDays: 1 };

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function expectStored(h: Harness, window: { startDate: string; endDate: string }, virtualConferenceEnabled = false) {
  const expected = await expectedFromSandbox(h, { windows: { registrant: window, attendee: window }, createNewPeople: true, virtualConferenceEnabled });
  const stored = storedRecords(h);
  expect([...stored.keys()].sort()).toEqual([...expected.records.keys()].sort());
  for (const [key, values] of expected.records) expect(stored.get(key), key).toEqual(values);
  return expected;
}

describe("backfill jobs", () => {
  it("runs both passes over the job's window as a backfill process and reports progress on the job", async () => {
    h = await startHarness({ on24: ACCOUNT, virtualConferenceEnabled: true });
    const window = { startDate: addDays(pacificDay(Date.now()), -28), endDate: addDays(pacificDay(Date.now()), -10) };
    const [job] = await h.db.insert(backfillJobs).values({ workspaceId: h.workspaceId, ...window }).returning();
    const result = await h.run({ kind: "backfill", backfillJobId: job.id });
    expect(result).toMatchObject({ status: "completed", moreWork: false });
    const expected = await expectStored(h, window, true);
    expect(expected.written).toBeGreaterThan(50);
    // Virtual Conference is enabled for this workspace: its records are written, not skipped.
    expect(result.counts.skipped).toBe(0);
    const conference = h.on24.state.model.events.find((e) => e.contentType === "virtualenvironment")!;
    expect(h.instance().customObjectRecords().some((r) => String(r.values.eventid) === String(conference.eventId))).toBe(true);
    const [process] = await h.db.select().from(processes).where(eq(processes.id, result.processId!));
    expect(process).toMatchObject({ kind: "backfill", backfillJobId: job.id, recordsDone: expected.read, recordsEstimate: expected.read });
    const [done] = await h.db.select().from(backfillJobs).where(eq(backfillJobs.id, job.id));
    expect(done).toMatchObject({ status: "completed", processId: result.processId, recordsDone: expected.read, recordsEstimate: expected.read });
    // A finished job is not run again.
    expect(await h.run({ kind: "backfill", backfillJobId: job.id })).toMatchObject({ status: "nothing_to_do", moreWork: false });
  });

  it("a job cancelled between chunks ends its process as cancelled and reads nothing more", async () => {
    h = await startHarness({ on24: { ...ACCOUNT, registrantsPerEvent: 300 }, marketo: { latencyMs: 400 } });
    const window = { startDate: addDays(pacificDay(Date.now()), -28), endDate: addDays(pacificDay(Date.now()), -1) };
    const [job] = await h.db.insert(backfillJobs).values({ workspaceId: h.workspaceId, ...window }).returning();
    const chunk = await h.run({ kind: "backfill", backfillJobId: job.id, deadline: Date.now() + 5_000 });
    expect(chunk).toMatchObject({ status: "running", moreWork: true });
    await h.db.update(backfillJobs).set({ status: "cancelled" }).where(eq(backfillJobs.id, job.id));
    const calls = h.on24.state.callCount;
    expect(await h.run({ kind: "backfill", backfillJobId: job.id })).toMatchObject({ status: "nothing_to_do", moreWork: false });
    expect(h.on24.state.callCount).toBe(calls);
    const [process] = await h.db.select().from(processes).where(eq(processes.id, chunk.processId!));
    expect(process.status).toBe("cancelled");
    expect(process.finishedAt).not.toBeNull();
  });

  it("a job cancelled while its chunk runs stops within a batch: what was written stays, the process ends as cancelled", async () => {
    // Marketo answers in 1 s, so a batch (lookup, create, upsert) takes 3 s: the run is well inside its window when cancelled.
    h = await startHarness({ on24: { ...ACCOUNT, events: 12, registrantsPerEvent: 2_000 }, marketo: { latencyMs: 1_000 } });
    const window = { startDate: addDays(pacificDay(Date.now()), -28), endDate: addDays(pacificDay(Date.now()), -1) };
    const [job] = await h.db.insert(backfillJobs).values({ workspaceId: h.workspaceId, ...window }).returning();
    const running = h.run({ kind: "backfill", backfillJobId: job.id, deadline: Date.now() + 120_000 });
    // Cancel once the run has written its first batches (the Options page's Cancel sets the job's status).
    await expect.poll(() => h!.instance().customObjectRecords().length, { timeout: 30_000 }).toBeGreaterThanOrEqual(600);
    await h.db.update(backfillJobs).set({ status: "cancelled" }).where(eq(backfillJobs.id, job.id));
    const cancelledAt = h.instance().customObjectRecords().length;
    const result = await running;

    expect(result).toMatchObject({ processId: expect.any(Number), status: "cancelled", moreWork: false });
    const [process] = await h.db.select().from(processes).where(eq(processes.id, result.processId!));
    expect(process.status).toBe("cancelled");
    expect(process.finishedAt).not.toBeNull();
    // It stopped within a few batches of the cancel (the job is looked at every 3 s), before the window's end.
    const expected = await expectedFromSandbox(h, { windows: { registrant: window, attendee: window }, createNewPeople: true, virtualConferenceEnabled: false });
    const written = h.instance().customObjectRecords().length;
    expect(written).toBeLessThan(cancelledAt + 1_500);
    expect(written).toBeLessThan(expected.written);
    expect(result.counts.recordsDone).toBeLessThan(expected.read);
    // Every record the process counts as mapped is in Marketo.
    expect(h.instance().customObjectRecords().length).toBeGreaterThanOrEqual(result.counts.coMapped);
    const [done] = await h.db.select().from(backfillJobs).where(eq(backfillJobs.id, job.id));
    expect(done.status).toBe("cancelled");
  });

  it("refuses a job longer than 31 days without calling anyone", async () => {
    h = await startHarness({ on24: ACCOUNT });
    const [job] = await h.db.insert(backfillJobs).values({ workspaceId: h.workspaceId, startDate: "2026-01-01", endDate: "2026-02-01" }).returning();
    const result = await h.run({ kind: "backfill", backfillJobId: job.id });
    expect(result).toMatchObject({ status: "failed", processId: null, moreWork: false });
    const [refused] = await h.db.select().from(backfillJobs).where(eq(backfillJobs.id, job.id));
    expect(refused).toMatchObject({ status: "failed" });
    expect(refused.error).toMatch(/at most 31 days; this one covers 32/);
    expect(h.on24.state.callCount).toBe(0);
    expect(h.instance().callLog).toEqual([]);
  });
});

describe("replay of failed records", () => {
  it("fetches each failed record again from ON24 and sends it through the same pipeline", async () => {
    h = await startHarness({ on24: ACCOUNT });
    // The first upsert is refused as a whole (two gateway failures): its records are recorded as failed.
    h.marketo.state.injectFault({ kind: "http-error", status: 502, times: 2, path: "/customobjects/" });
    const original = await h.run();
    const failed = (await outcomeCounts(h, original.processId!))["failed:HTTP 502"];
    expect(failed).toBeGreaterThan(0);

    const queued = await queueReplay(h.db, { workspaceId: h.workspaceId, originalProcessId: original.processId!, code: "HTTP 502", triggeredBy: "user:test" });
    const replay = await h.run({ kind: "replay" });
    expect(replay).toMatchObject({ processId: queued.processId, status: "completed", moreWork: false });
    expect(replay.counts).toMatchObject({ recordsDone: failed, recordsEstimate: failed, coMapped: failed, coFailed: 0 });
    const rows = await outcomesOf(h, queued.processId);
    expect(rows).toHaveLength(failed);
    expect(rows.every((r) => r.outcome !== "failed")).toBe(true);
    // Everything the original window holds is now in Marketo.
    await expectStored(h, await h.windowOf(original.processId!));
    const [process] = await h.db.select().from(processes).where(eq(processes.id, queued.processId));
    expect(process).toMatchObject({ kind: "replay", replayOf: original.processId, status: "completed" });
  });

  it("runs a queued replay first in the workspace's next scheduled run", async () => {
    h = await startHarness({ on24: { ...ACCOUNT, events: 3 } });
    h.marketo.state.injectFault({ kind: "http-error", status: 502, times: 2, path: "/customobjects/" });
    const original = await h.run();
    const queued = await queueReplay(h.db, { workspaceId: h.workspaceId, originalProcessId: original.processId!, code: "HTTP 502", triggeredBy: "user:test" });
    const next = await h.run();
    expect(next.processId).not.toBe(queued.processId);
    const [replay] = await h.db.select().from(processes).where(eq(processes.id, queued.processId));
    expect(replay).toMatchObject({ status: "completed", coFailed: 0 });
    expect(replay.coMapped).toBeGreaterThan(0);
    expect(next).toMatchObject({ status: "completed" });
  });
});

describe("replay of records Marketo refused one by one", () => {
  it("sends only the refused records again, and they are then in Marketo", async () => {
    // A flaky instance refuses about one new record in five once with 1014; the rest of each batch is written.
    h = await startHarness({ on24: { ...ACCOUNT, registrantsPerEvent: 200 }, marketo: { flakyCreates: true } });
    const original = await h.run();
    const counts = await outcomeCounts(h, original.processId!);
    const refused = counts["failed:1014"];
    expect(refused).toBeGreaterThan(0);

    const queued = await queueReplay(h.db, { workspaceId: h.workspaceId, originalProcessId: original.processId!, code: "1014", triggeredBy: "user:test" });
    expect(queued.outcomeIds).toHaveLength(refused);
    const upsertsBefore = h.instance().callLog.filter((c) => c.operation === "syncCustomObjects").length;
    const on24Before = h.on24.state.callCount;
    const replay = await h.run({ kind: "replay" });
    expect(replay).toMatchObject({ processId: queued.processId, status: "completed" });
    expect(replay.counts).toMatchObject({ recordsDone: refused, coMapped: refused, coFailed: 0 });
    expect((await outcomesOf(h, queued.processId)).every((r) => r.outcome !== "failed")).toBe(true);
    // Only the refused records travelled: one upsert per 300 of them.
    expect(h.instance().callLog.filter((c) => c.operation === "syncCustomObjects").length - upsertsBefore).toBe(Math.ceil(refused / 300));
    // Events with several refused records are read as one list each: fewer ON24 calls than records.
    expect(h.on24.state.callCount - on24Before).toBeLessThan(refused);
    await expectStored(h, await h.windowOf(original.processId!));
  });
});
