import { afterEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./testing/harness";

// Enough attendance in the last week for several batches of 300.
const ACCOUNT = { seed: 41, events: 4, registrantsPerEvent: 1200, pastDays: 6, futureDays: 1 };

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const callsOf = (h: Harness) => {
  const counted = h.instance().callLog.filter((c) => c.counted);
  const by: Record<string, number> = {};
  for (const c of counted) by[c.operation] = (by[c.operation] ?? 0) + 1;
  return { total: counted.length, by };
};

describe("Marketo calls: batching to the bound", () => {
  it("new attendees cost one lookup, one create and one upsert per 300, plus one lead describe", async () => {
    // ON24 Registration option 2: people created from attendance only.
    h = await startHarness({ on24: ACCOUNT, on24Registrants: false });
    const result = await h.run();
    const n = result.counts.recordsDone;
    expect(n).toBeGreaterThan(600);
    const batches = Math.ceil(n / 300);
    const { total, by } = callsOf(h);
    expect(by).toEqual({ describeLeads: 1, lookupLeads: batches, syncLeads: batches, syncCustomObjects: batches });
    expect(total).toBe(3 * batches + 1);
    // The process reports exactly the calls Marketo counted.
    expect(result.counts.marketoCalls).toBe(total);
  });

  it("a re-sync where some records changed sends only those, in as few upserts as they fill", async () => {
    h = await startHarness({ on24: ACCOUNT, on24Registrants: false });
    const first = await h.run();
    const before = callsOf(h).total;
    // New activity for a tenth of the records (people already linked to their leads).
    const changed = h.instance().customObjectRecords().slice(0, Math.ceil(first.counts.recordsDone / 10));
    for (const record of changed) h.on24.state.addAttendance(Number(record.values.eventuserid), { kind: "archive", minutes: 5 });
    const second = await h.run();
    expect(second.counts.coMapped).toBe(changed.length);
    const after = callsOf(h);
    expect(after.total - before).toBe(Math.ceil(changed.length / 300));
    expect(second.counts.marketoCalls).toBe(after.total - before);
  });
});
