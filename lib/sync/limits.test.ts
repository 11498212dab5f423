import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { processes, workspaces } from "@/db/schema";
import { nextQuotaReset } from "@/lib/marketo/quota-reset";
import { expectedFromSandbox, storedRecords } from "./testing/expected";
import { startHarness, type Harness } from "./testing/harness";
import { outcomeCounts } from "./testing/outcomes";

const ACCOUNT = { seed: 3, events: 3, registrantsPerEvent: 120, pastDays: 6, futureDays: 1 };

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function expectEverythingStored(h: Harness, processId: number) {
  const window = await h.windowOf(processId);
  const expected = await expectedFromSandbox(h, { windows: { registrant: window, attendee: window }, createNewPeople: true, virtualConferenceEnabled: false });
  const stored = storedRecords(h);
  expect([...stored.keys()].sort()).toEqual([...expected.records.keys()].sort());
  for (const [key, values] of expected.records) expect(stored.get(key), key).toEqual(values);
  // Nobody created twice.
  const emails = [...h.instance().leads.values()].map((l) => l.email!.toLowerCase());
  expect(new Set(emails).size).toBe(emails.length);
  return expected;
}

describe("Marketo limits", () => {
  it("absorbs 606 and 615 bursts with nothing lost", async () => {
    // The instance admits 4 calls per 400 ms (real 606s for a client allowed far more) and answers 615 to
    // a burst on top; the engine's client waits and retries.
    h = await startHarness({ on24: ACCOUNT, marketo: { rateLimit: { maxCalls: 4, windowMs: 400 } } });
    h.marketo.state.injectFault({ kind: "error-code", code: "615", times: 3 });
    const result = await h.run();
    expect(result).toMatchObject({ status: "completed", moreWork: false });
    const codes = h.instance().callLog.map((c) => c.code);
    expect(codes.filter((c) => c === "606").length).toBeGreaterThan(0);
    expect(codes.filter((c) => c === "615").length).toBe(3);
    const expected = await expectEverythingStored(h, result.processId!);
    expect(result.counts).toMatchObject({ coMapped: expected.written, coFailed: 0 });
  });

  it("pauses the workspace on 607 until the quota resets, then resumes the same process with nothing lost", async () => {
    h = await startHarness({ on24: ACCOUNT, marketo: { dailyQuota: 5 } });
    const first = await h.run();
    expect(first).toMatchObject({ status: "paused", moreWork: false });
    expect(first.message).toMatch(/607/);
    const [ws] = await h.db.select().from(workspaces).where(eq(workspaces.id, h.workspaceId));
    expect(ws.pausedUntil?.getTime()).toBe(nextQuotaReset(Date.now()).getTime());
    expect(ws.pauseReason).toMatch(/daily API quota/);

    // Until the reset, runs are refused without a call.
    const callsBefore = h.instance().callLog.length;
    expect(await h.run()).toMatchObject({ status: "paused", processId: null });
    expect(h.instance().callLog.length).toBe(callsBefore);

    // The quota resets at midnight US Central.
    await h.db.update(workspaces).set({ pausedUntil: new Date(Date.now() - 1000) }).where(eq(workspaces.id, h.workspaceId));
    h.instance().options.dailyQuota = 50_000;
    const resumed = await h.run();
    expect(resumed).toMatchObject({ status: "completed", processId: first.processId });
    const [after] = await h.db.select().from(workspaces).where(eq(workspaces.id, h.workspaceId));
    expect(after).toMatchObject({ pausedUntil: null, pauseReason: null });
    const expected = await expectEverythingStored(h, first.processId!);
    expect(resumed.counts.coMapped).toBe(expected.written);
    expect(resumed.counts.recordsDone).toBe(expected.read);
  });

  it("records a batch Marketo refuses as a whole record by record, and goes on with the next", async () => {
    h = await startHarness({ on24: ACCOUNT });
    // Two gateway failures in a row on the first upsert: the client re-sends a write of unknown outcome once, then gives up.
    h.marketo.state.injectFault({ kind: "http-error", status: 502, times: 2, path: "/customobjects/" });
    const result = await h.run();
    expect(result.status).toBe("completed_with_errors");
    const window = await h.windowOf(result.processId!);
    const expected = await expectedFromSandbox(h, { windows: { registrant: window, attendee: window }, createNewPeople: true, virtualConferenceEnabled: false });
    const firstBatch = Math.min(300, expected.registrants.length);
    const byCode = await outcomeCounts(h, result.processId!);
    expect(byCode["failed:HTTP 502"]).toBe(firstBatch);
    expect(result.counts.coFailed).toBe(firstBatch);
    expect(result.counts.coMapped).toBe(result.counts.recordsDone - firstBatch);
    // What later batches wrote is all there.
    expect(h.instance().customObjectRecords().length).toBeGreaterThan(0);
    const [row] = await h.db.select().from(processes).where(eq(processes.id, result.processId!));
    expect(row.status).toBe("completed_with_errors");
  });
});
