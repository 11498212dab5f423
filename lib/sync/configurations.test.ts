import { afterEach, describe, expect, it } from "vitest";
import { FIRST_RUN_LOOKBACK_MS } from "./windows";
import { pacificDay } from "@/lib/on24/pacific-time";
import { expectedFromSandbox, storedRecords } from "./testing/expected";
import { startHarness, type Harness } from "./testing/harness";
import { outcomeCounts } from "./testing/outcomes";
import { registrantEmails, seedLeads } from "./testing/seed-leads";

// DESIGN.md §2: the two toggles and what each configuration must leave in Marketo.
const CONFIGURATIONS = [
  { name: "ON24 registration, option 1", createNewPeople: true, on24Registrants: true },
  { name: "ON24 registration, option 2", createNewPeople: true, on24Registrants: false },
  { name: "Marketo registration, option 1", createNewPeople: false, on24Registrants: false },
  { name: "Marketo registration, option 2", createNewPeople: false, on24Registrants: true },
];

/** Six events, so every product appears, one of them a Virtual Conference (not enabled here). */
const ACCOUNT = { seed: 11, events: 6, registrantsPerEvent: 40, pastDays: 6, futureDays: 1 };

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe.each(CONFIGURATIONS)("$name", ({ createNewPeople, on24Registrants }) => {
  it("writes every record the sandbox holds for the windows, field by field, and counts them truly", async () => {
    h = await startHarness({ on24: ACCOUNT, createNewPeople, on24Registrants });
    const lookback = { startDate: pacificDay(Date.now() - FIRST_RUN_LOOKBACK_MS), endDate: pacificDay(Date.now()) };
    const known = seedLeads(h, await registrantEmails(h, lookback), 3);
    const leadsBefore = h.instance().leads.size;

    const result = await h.run();
    expect(result).toMatchObject({ status: "completed", moreWork: false });
    const window = await h.windowOf(result.processId!);
    const expected = await expectedFromSandbox(h, {
      windows: { attendee: window, ...(on24Registrants ? { registrant: window } : {}) },
      createNewPeople,
      virtualConferenceEnabled: false,
    });

    const stored = storedRecords(h);
    expect(expected.records.size).toBeGreaterThan(10);
    expect([...stored.keys()].sort()).toEqual([...expected.records.keys()].sort());
    for (const [key, values] of expected.records) expect(stored.get(key), key).toEqual(values);

    const created = h.instance().leads.size - leadsBefore;
    expect(result.counts).toMatchObject({
      coMapped: expected.written,
      coFailed: expected.failed,
      skipped: expected.skipped,
      recordsDone: expected.read,
      recordsEstimate: expected.read,
      leadsCreated: created,
    });
    if (!createNewPeople) expect(created).toBe(0);
    else expect(created).toBeGreaterThan(0);
    // Without creation, people who are not in Marketo are skipped with that reason; Virtual Conference is off here.
    expect(known.length).toBeGreaterThan(0);
    const byCode = await outcomeCounts(h, result.processId!);
    expect(byCode["skipped:person_not_found"] ?? 0).toBe(expected.skipped - expected.skippedVirtualConference);
    expect(byCode["skipped:virtual_conference_disabled"] ?? 0).toBe(expected.skippedVirtualConference);
    if (!createNewPeople) expect(byCode["skipped:person_not_found"]).toBeGreaterThan(0);
  });
});
