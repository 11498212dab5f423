import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandboxWithClient, type SandboxWithClient } from "@/lib/sandbox/on24/test-client";
import type { On24Event } from "@/lib/on24/schemas";
import { canonicalId } from "@/lib/sync/mapping/ids";
import { createEventCache, type EventCache } from "./event-cache";
import { EVENT_FETCH_MAX_REGISTRANTS } from "./registrant-source";
import { createReplaySource, EVENT_LIST_FROM, type ReplayRow } from "./replay-source";

// A fixed clock well inside the simulated period, so past events have registrants and attendees.
const ANCHOR = Date.parse("2026-03-01T08:00:00Z");
const NOW = ANCHOR + 10 * 86_400_000;

let env: SandboxWithClient;
beforeAll(async () => {
  env = await startSandboxWithClient({ anchor: ANCHOR, now: () => NOW, events: 6, registrantsPerEvent: 200 });
});
afterAll(() => env.close());

type Person = { eventid?: unknown; eventuserid?: unknown; email?: string | null };
const row = (id: number, person: Person, eventId: string, pass: "registrant" | "attendee"): ReplayRow => ({
  id,
  eventId,
  eventUserId: canonicalId(person.eventuserid) ?? null,
  email: person.email ?? null,
  detail: { pass },
});

describe("the replay source", () => {
  it("reads an event's list once for several records of it, and asks by email for a lone record", async () => {
    const client = env.client();
    const past = env.server.state.model.events.filter((e) => e.liveEnd < NOW).map((e) => String(e.eventId));
    const lists = await Promise.all(past.map(async (id) => ({ id, registrants: (await client.eventRegistrants(id)).records, attendees: (await client.eventAttendees(id)).records })));
    const busy = lists.find((l) => l.registrants.length >= 10 && l.attendees.length >= EVENT_LIST_FROM)!;
    const lone = lists.find((l) => l.id !== busy.id && l.registrants.length > 0)!;
    const rows = [
      ...busy.registrants.slice(0, 10).map((r, i) => row(i, r, busy.id, "registrant")),
      row(100, lone.registrants[0], lone.id, "registrant"),
      ...busy.attendees.slice(0, EVENT_LIST_FROM).map((a, i) => row(200 + i, a, busy.id, "attendee")),
    ];

    const events = createEventCache(client);
    await events.getMany([busy.id, lone.id]); // read for the mapping in a real run; not counted below
    const before = env.calls.length;
    const found = await createReplaySource(client, events)(rows);

    expect(found.missing).toEqual([]);
    expect(found.registrants.map((r) => canonicalId(r.eventuserid))).toEqual(rows.slice(0, 11).map((r) => r.eventUserId));
    expect(found.attendees.map((a) => canonicalId(a.eventuserid))).toEqual(rows.slice(11).map((r) => r.eventUserId));
    // One registrant list for the busy event, one by-email read for the lone record, one attendee list.
    expect(env.calls.slice(before).map((c) => c.operationId)).toEqual([
      "AnalyticsEventLevel.Registrants",
      "AnalyticsEventLevel.Registrants",
      "AnalyticsEventLevel.Attendees",
    ]);
  });

  it("asks by email, record by record, for an event too big for one answer", async () => {
    const client = env.client();
    const event = env.server.state.model.events.find((e) => e.liveEnd < NOW)!;
    const id = String(event.eventId);
    const registrants = (await client.eventRegistrants(id)).records.slice(0, EVENT_LIST_FROM);
    // The event as ON24 would describe a huge one: more registrants than one list answer may carry.
    const real = (await createEventCache(client).getMany([id])).get(id)!;
    const huge: On24Event = { ...real, eventanalytics: { ...real.eventanalytics, totalregistrants: EVENT_FETCH_MAX_REGISTRANTS + 1 } };
    const events: EventCache = { getMany: async () => new Map([[id, huge]]) };
    const before = env.calls.length;
    const found = await createReplaySource(client, events)(registrants.map((r, i) => row(i, r, id, "registrant")));
    expect(found.registrants.map((r) => canonicalId(r.eventuserid))).toEqual(registrants.map((r) => canonicalId(r.eventuserid)));
    const calls = env.calls.slice(before);
    expect(calls).toHaveLength(EVENT_LIST_FROM);
    expect(calls.every((c) => c.operationId === "AnalyticsEventLevel.Registrants" && c.path.includes("email="))).toBe(true);
  });

  it("reports a record ON24 no longer has as missing, sending nothing for it", async () => {
    const client = env.client();
    const event = String(env.server.state.model.events.find((e) => e.liveEnd < NOW)!.eventId);
    const gone = Array.from({ length: EVENT_LIST_FROM }, (_, i) => row(i, { eventuserid: `99999${i}`, email: `gone${i}@example.com` }, event, "registrant"));
    const found = await createReplaySource(client, createEventCache(client))(gone);
    expect(found.registrants).toEqual([]);
    expect(found.missing.map((m) => m.code)).toEqual(gone.map(() => "replay_source_missing"));
  });
});
