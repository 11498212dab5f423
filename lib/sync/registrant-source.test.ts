import { describe, expect, it } from "vitest";
import type { On24EventPeople } from "@/lib/on24/client";
import type { On24Attendee, On24Event, On24Registrant } from "@/lib/on24/schemas";
import { createRegistrantSource } from "./registrant-source";
import { openSpillFile } from "./spill-file";

const reg = (eventid: string, eventuserid: string, email: string): On24Registrant => ({ eventid, eventuserid, email, createtimestamp: "2026-01-01T10:00:00-08:00" });
const att = (eventid: string, eventuserid: string, email: string): On24Attendee => ({ eventid, eventuserid, email });
const event = (eventid: string, totalregistrants?: number) => ({ eventid, eventanalytics: { totalregistrants } }) as On24Event;

/** ON24's event-level registrant answers for two events, with every request recorded. */
function fakeOn24(lists: Record<string, On24Registrant[]>) {
  const calls: string[] = [];
  return {
    calls,
    client: {
      async eventRegistrants(eventId: string | number, filter: { email?: string } = {}): Promise<On24EventPeople<On24Registrant>> {
        calls.push(filter.email ? `${eventId}?email=${filter.email}` : `${eventId}`);
        const all = lists[String(eventId)] ?? [];
        const records = filter.email ? all.filter((r) => r.email?.toLowerCase() === filter.email!.toLowerCase()) : all;
        return { eventId: String(eventId), total: records.length, records, rejected: 0 };
      },
    },
  };
}

describe("registrant source", () => {
  it("joins from this run's registrants first, by eventuserid and else by event and email", async () => {
    const on24 = fakeOn24({});
    const source = createRegistrantSource(on24.client);
    const a = reg("1", "10", "a@x.example");
    source.remember([a]);
    const found = await source.resolve([att("1", "10", "A@X.example"), att("1", "99", "a@x.example")], new Map([["1", event("1", 3)]]));
    expect(found).toEqual([a, a]);
    expect(on24.calls).toEqual([]);
  });

  it("reads an event's registrant list once per run, and answers null for an attendee it does not hold", async () => {
    const on24 = fakeOn24({ "2": [reg("2", "20", "b@x.example"), reg("2", "21", "c@x.example")] });
    const source = createRegistrantSource(on24.client);
    const events = new Map([["2", event("2", 2)]]);
    expect(await source.resolve([att("2", "20", "b@x.example")], events)).toEqual([expect.objectContaining({ eventuserid: "20" })]);
    expect(await source.resolve([att("2", "21", "c@x.example"), att("2", "22", "gone@x.example")], events)).toEqual([
      expect.objectContaining({ eventuserid: "21" }),
      null,
    ]);
    expect(on24.calls).toEqual(["2"]);
  });

  it("asks by email for events too large to read whole", async () => {
    const on24 = fakeOn24({ "3": [reg("3", "30", "d@x.example")] });
    const source = createRegistrantSource(on24.client);
    const events = new Map([["3", event("3", 250_000)]]);
    const found = await source.resolve([att("3", "30", "d@x.example"), att("3", "31", "e@x.example")], events);
    expect(found).toEqual([expect.objectContaining({ eventuserid: "30", createtimestamp: expect.any(String) }), null]);
    expect(on24.calls).toEqual(["3?email=d@x.example", "3?email=e@x.example"]);
    // Answers, found or not, are remembered for the rest of the run.
    await source.resolve([att("3", "30", "d@x.example"), att("3", "31", "e@x.example")], events);
    expect(on24.calls).toHaveLength(2);
  });

  it("keeps an answer it found even when reading another event's list lets go of that event", async () => {
    const on24 = fakeOn24({
      "4": [reg("4", "40", "f@x.example"), reg("4", "41", "g@x.example")],
      "5": [reg("5", "50", "h@x.example"), reg("5", "51", "i@x.example"), reg("5", "52", "j@x.example")],
    });
    // Room for three registrants: event 5's list makes the source let go of event 4.
    const source = createRegistrantSource(on24.client, { maxRemembered: 3 });
    const events = new Map([
      ["4", event("4", 2)],
      ["5", event("5", 3)],
    ]);
    await source.resolve([att("4", "40", "f@x.example")], events);
    const found = await source.resolve([att("4", "41", "g@x.example"), att("5", "50", "h@x.example")], events);
    expect(found).toEqual([expect.objectContaining({ eventuserid: "41" }), expect.objectContaining({ eventuserid: "50" })]);
    expect(on24.calls).toEqual(["4", "5"]);

    // Event 4 went whole, so its attendees are found by reading its list again, never answered "none".
    expect(await source.resolve([att("4", "40", "f@x.example")], events)).toEqual([expect.objectContaining({ eventuserid: "40" })]);
    expect(on24.calls).toEqual(["4", "5", "4"]);
  });

  it("keeps registrants out of memory in a file and still joins by email when the eventuserid differs", async () => {
    const on24 = fakeOn24({ "6": [reg("6", "60", "k@x.example"), reg("6", "61", "L@x.example")] });
    const spill = openSpillFile();
    const source = createRegistrantSource(on24.client, { spill });
    const found = await source.resolve([att("6", "99", "l@X.example"), att("6", "60", "k@x.example")], new Map([["6", event("6", 2)]]));
    expect(found).toEqual([expect.objectContaining({ eventuserid: "61" }), expect.objectContaining({ eventuserid: "60" })]);
    expect(spill.bytes).toBeGreaterThan(0);
    source.close();
  });

  it("starts its file afresh past its size limit and reads an event again when it needs it", async () => {
    const on24 = fakeOn24({ "7": [reg("7", "70", "m@x.example")], "8": [reg("8", "80", "n@x.example")] });
    const source = createRegistrantSource(on24.client, { maxSpillBytes: 1 });
    const events = new Map([
      ["7", event("7", 1)],
      ["8", event("8", 1)],
    ]);
    expect(await source.resolve([att("7", "70", "m@x.example"), att("8", "80", "n@x.example")], events)).toEqual([
      expect.objectContaining({ eventuserid: "70" }),
      expect.objectContaining({ eventuserid: "80" }),
    ]);
    expect(await source.resolve([att("7", "70", "m@x.example")], events)).toEqual([expect.objectContaining({ eventuserid: "70" })]);
    expect(on24.calls).toEqual(["7", "8", "7"]);
    source.close();
  });
});
