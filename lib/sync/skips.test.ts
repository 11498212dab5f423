import { afterEach, describe, expect, it } from "vitest";
import type { ClientHooks } from "@/lib/connection/load";
import { startHarness, type Harness } from "./testing/harness";
import { outcomesOf } from "./testing/outcomes";
import type { RunResult } from "./types";

const ACCOUNT = { seed: 29, events: 3, registrantsPerEvent: 700, pastDays: 6, futureDays: 1 };

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** ON24 reporting every event but the first as a Virtual Conference (not enabled for the workspace). */
function mostlyConferences(h: Harness) {
  const first = String(h.on24.state.model.events[0].eventId);
  return (hooks: ClientHooks) => {
    const real = h.clients(hooks);
    const on24 = Object.create(real.on24) as typeof real.on24;
    on24.getEvent = async (id) => {
      const event = await real.on24.getEvent(id);
      return String(id) === first ? event : { ...event, contenttype: "virtualenvironment" };
    };
    return { ...real, on24 };
  };
}

describe("records skipped without Marketo", () => {
  it("are listed once each, across cut-off runs, while the batches around them fill", async () => {
    h = await startHarness({ on24: ACCOUNT, marketo: { latencyMs: 300 } });
    const clients = mostlyConferences(h);
    const runs: RunResult[] = [];
    do runs.push(await h.run({ clients, deadline: Date.now() + 5_000 }));
    while (runs.at(-1)!.moreWork && runs.length < 40);
    const last = runs.at(-1)!;
    expect(last.status).toBe("completed");

    const rows = await outcomesOf(h, last.processId!);
    const skipped = rows.filter((r) => r.code === "virtual_conference_disabled");
    const keys = rows.map((r) => `${(r.detail as { pass: string }).pass}|${r.eventId}|${r.eventUserId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(skipped.length).toBeGreaterThan(300);
    expect(last.counts).toMatchObject({ skipped: skipped.length, coMapped: rows.length - skipped.length, recordsDone: rows.length });
    // Nothing of the conferences reached Marketo.
    const first = String(h.on24.state.model.events[0].eventId);
    expect(h.instance().customObjectRecords().every((r) => String(r.values.eventid) === first)).toBe(true);
  });
});
