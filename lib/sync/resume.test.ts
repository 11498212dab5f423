import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { backfillJobs, recordOutcomes, syncCheckpoints } from "@/db/schema";
import type { ClientHooks } from "@/lib/connection/load";
import { expectedFromSandbox, storedRecords } from "./testing/expected";
import { startHarness, type Harness } from "./testing/harness";
import { outcomesOf } from "./testing/outcomes";
import type { RunResult } from "./types";

const ACCOUNT = { seed: 21, events: 3, registrantsPerEvent: 300, pastDays: 6, futureDays: 1 };

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("resuming and re-reading", () => {
  it("a run cut off by its deadline resumes where it stopped, in the same process, with nothing lost or written twice", async () => {
    // Slow Marketo answers (about 11 calls × 400 ms) cannot all fit in one 5 s budget with its finishing reserve.
    h = await startHarness({ on24: ACCOUNT, marketo: { latencyMs: 400 } });
    const runs: RunResult[] = [];
    do runs.push(await h.run({ deadline: Date.now() + 5_000 }));
    while (runs.at(-1)!.moreWork && runs.length < 40);

    expect(runs.length).toBeGreaterThan(1);
    const processId = runs[0].processId!;
    expect(runs.every((r) => r.processId === processId)).toBe(true);
    expect(runs.slice(0, -1).every((r) => r.status === "running" && r.moreWork)).toBe(true);
    expect(runs.at(-1)).toMatchObject({ status: "completed", moreWork: false });

    const window = await h.windowOf(processId);
    const expected = await expectedFromSandbox(h, { windows: { registrant: window, attendee: window }, createNewPeople: true, virtualConferenceEnabled: false });
    const stored = storedRecords(h);
    expect([...stored.keys()].sort()).toEqual([...expected.records.keys()].sort());
    for (const [key, values] of expected.records) expect(stored.get(key), key).toEqual(values);
    // One outcome per record read and written: nothing recorded twice across the cuts.
    const rows = await outcomesOf(h, processId);
    const keys = rows.map((r) => `${(r.detail as { pass: string }).pass}|${r.eventId}|${r.eventUserId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.length).toBe(expected.written);
    expect(runs.at(-1)!.counts).toMatchObject({ coMapped: expected.written, recordsDone: expected.read, coFailed: 0 });
    const emails = [...h.instance().leads.values()].map((l) => l.email!.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
  });

  it("re-reading unchanged records costs no Marketo call and writes no outcome", async () => {
    h = await startHarness({ on24: { ...ACCOUNT, registrantsPerEvent: 80 } });
    const first = await h.run();
    const window = await h.windowOf(first.processId!);
    const marketoCalls = h.instance().callLog.length;
    // A backfill of the same days re-reads every record.
    const [job] = await h.db.insert(backfillJobs).values({ workspaceId: h.workspaceId, startDate: window.startDate, endDate: window.endDate }).returning();
    const again = await h.run({ kind: "backfill", backfillJobId: job.id });
    expect(again).toMatchObject({ status: "completed" });
    expect(again.counts).toMatchObject({ recordsDone: first.counts.recordsDone, marketoCalls: 0, coMapped: 0, leadsCreated: 0 });
    expect(h.instance().callLog.slice(marketoCalls).filter((c) => c.operation !== "identity")).toEqual([]);
    expect(await outcomesOf(h, again.processId!)).toEqual([]);
  });

  it("sends only what changed, straight to the upsert: no lookup for a person already linked", async () => {
    h = await startHarness({ on24: { ...ACCOUNT, registrantsPerEvent: 80 } });
    const first = await h.run();
    const registered = (await outcomesOf(h, first.processId!)).filter((r) => (r.detail as { pass: string }).pass === "registrant").slice(0, 4);
    const recordOf = (eventUserId: string | null) => h!.instance().customObjectRecords().find((r) => String(r.values.eventuserid) === eventUserId)!;
    const minutesBefore = new Map(registered.map((row) => [row.eventUserId, Number(recordOf(row.eventUserId).values.liveminutes ?? 0)]));
    for (const row of registered) h.on24.state.addAttendance(Number(row.eventUserId), { kind: "live", minutes: 42 });
    const before = h.instance().callLog.length;
    const second = await h.run();
    const calls = h.instance().callLog.slice(before).filter((c) => c.operation !== "identity");
    expect(calls.map((c) => c.operation)).toEqual(["syncCustomObjects"]);
    const rows = await outcomesOf(h, second.processId!);
    expect(rows.map((r) => r.eventUserId).sort()).toEqual(registered.map((r) => r.eventUserId).sort());
    for (const row of registered) {
      const minutes = minutesBefore.get(row.eventUserId)! + 42;
      expect(recordOf(row.eventUserId).values).toMatchObject({ attendedlive: "Y", liveminutes: minutes, personid: Number(row.leadId) });
    }
  });

  it("stops without writing when another run took over the checkpoint", async () => {
    h = await startHarness({ on24: { ...ACCOUNT, registrantsPerEvent: 80 } });
    let bumped = false;
    const clients = (hooks: ClientHooks) => {
      const real = h!.clients(hooks);
      const marketo = Object.create(real.marketo) as typeof real.marketo;
      marketo.syncCustomObjects = async (...args) => {
        // Meanwhile another run (e.g. after this one's lock expired) moves the stream on.
        if (!bumped) {
          bumped = true;
          await h!.db.update(syncCheckpoints).set({ version: sql`${syncCheckpoints.version} + 1` }).where(eq(syncCheckpoints.workspaceId, h!.workspaceId));
        }
        return real.marketo.syncCustomObjects(...args);
      };
      return { ...real, marketo };
    };
    const result = await h.run({ clients });
    expect(result.message).toMatch(/changed by another run/);
    expect(result.status).toBe("running");
    expect(await h.db.select().from(recordOutcomes)).toEqual([]);
    expect(h.instance().customObjectRecords().length).toBeGreaterThan(0);

    // The batch Marketo took but no checkpoint recorded is done again: same people, same records, once each.
    const again = await h.run();
    expect(again).toMatchObject({ status: "completed", processId: result.processId });
    const emails = [...h.instance().leads.values()].map((l) => l.email!.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
    // People created by the batch that was taken over still count, once.
    expect(again.counts.leadsCreated).toBe(emails.length);
    const registrations = h.instance().customObjectRecords().map((r) => `${r.values.eventid}|${r.values.eventuserid}`);
    expect(new Set(registrations).size).toBe(registrations.length);
    const rows = await outcomesOf(h, result.processId!);
    expect(rows.length).toBe(again.counts.coMapped);
    expect(new Set(rows.map((r) => `${(r.detail as { pass: string }).pass}|${r.eventId}|${r.eventUserId}`)).size).toBe(rows.length);
  });
});
