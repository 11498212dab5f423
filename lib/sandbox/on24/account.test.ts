import { describe, expect, it } from "vitest";
import { On24Sandbox } from "./account";
import type { On24SandboxOptions } from "./options";
import { handleOn24Sandbox } from "./handler";

const ANCHOR = Date.parse("2026-03-01T08:00:00Z");
const DAY = 86_400_000;

function account(options: On24SandboxOptions = {}) {
  let now = options.anchor ?? ANCHOR;
  const sb = new On24Sandbox({ anchor: ANCHOR, events: 6, registrantsPerEvent: 300, ...options, now: () => now });
  const get = async (path: string) => {
    const headers = { accessTokenKey: sb.tokenKey, accessTokenSecret: sb.tokenSecret };
    const res = await handleOn24Sandbox(new Request(`http://sandbox.test/v2/client/${sb.clientId}${path}`, { headers }), {
      sandbox: sb,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> & { message?: string } };
  };
  return { sb, get, setNow: (t: number) => (now = t) };
}

type People = {
  registrants?: Record<string, unknown>[];
  attendees?: Record<string, unknown>[];
  totalregistrants?: number;
  totalattendees?: number;
};
const WINDOW = "startdate=2025-12-01&enddate=2026-04-30";

describe("determinism", () => {
  it("the same seed and anchor give the same account, record for record", async () => {
    const a = account({ seed: 7 });
    const b = account({ seed: 7 });
    for (const path of [
      `/registrant?${WINDOW}&pageoffset=1`,
      `/attendee?${WINDOW}&pageoffset=2`,
      "/event?startdate=2025-12-01&enddate=2026-04-30",
    ]) {
      expect((await a.get(path)).body).toEqual((await b.get(path)).body);
    }
  });

  it("another seed gives other people", async () => {
    const a = (await account({ seed: 7 }).get(`/registrant?${WINDOW}`)).body as People;
    const b = (await account({ seed: 8 }).get(`/registrant?${WINDOW}`)).body as People;
    expect(a.registrants!.map((r) => r.email)).not.toEqual(b.registrants!.map((r) => r.email));
  });
});

describe("the simulated account", () => {
  it("has events of every content type, spread over the period", () => {
    const { sb } = account();
    expect(new Set(sb.model.events.map((e) => e.contentType))).toEqual(
      new Set(["webcast", "gateway", "experience", "virtualenvironment"]),
    );
    expect(sb.model.events.some((e) => e.liveStart < ANCHOR) && sb.model.events.some((e) => e.liveStart > ANCHOR)).toBe(true);
  });

  it("never registers one person twice for an event, and reuses people across events", () => {
    const { sb } = account();
    const emailsPerEvent = sb.model.events.map((ev) => {
      const emails: string[] = [];
      sb.forEachRegistration(ev, (r) => emails.push(r.email.toLowerCase()));
      expect(new Set(emails).size).toBe(emails.length);
      return new Set(emails);
    });
    const shared = [...emailsPerEvent[0]].filter((e) => emailsPerEvent.slice(1).some((s) => s.has(e)));
    expect(shared.length).toBeGreaterThan(0);
  });

  it("shows only what has happened by its clock, and more as time passes", async () => {
    const { get, setNow } = account();
    const before = (await get(`/registrant?${WINDOW}`)).body as People;
    const attendeesBefore = (await get(`/attendee?${WINDOW}`)).body as People;
    setNow(ANCHOR + 20 * DAY);
    const after = (await get(`/registrant?${WINDOW}`)).body as People;
    const attendeesAfter = (await get(`/attendee?${WINDOW}`)).body as People;
    expect(after.totalregistrants!).toBeGreaterThan(before.totalregistrants!);
    expect(attendeesAfter.totalattendees!).toBeGreaterThan(attendeesBefore.totalattendees!);
    // Oldest first: what was visible before is still the start of the list, unchanged.
    expect(after.registrants!.slice(0, 10)).toEqual(before.registrants!.slice(0, 10));
    for (const r of after.registrants!) expect(Date.parse(r.createtimestamp as string)).toBeLessThanOrEqual(ANCHOR + 20 * DAY);
  });

  it("lets tests add a registration and attendance that the API then reports", async () => {
    const { sb, get } = account();
    const ev = sb.model.events.find((e) => e.contentType === "webcast" && e.createdAt < ANCHOR)!;
    const added = sb.addRegistrant(ev.eventId, { email: "New.Person@Example.com", firstname: "New", lastname: "Person" });
    const found = (await get(`/registrant/new.person@example.com`)).body as { registrant: Record<string, unknown> };
    expect(found.registrant).toMatchObject({
      eventuserid: added.eventuserid,
      email: "New.Person@Example.com",
      firstname: "New",
      eventid: ev.eventId,
    });
    expect((await get(`/attendee/new.person@example.com`)).status).toBe(404);
    sb.addAttendance(added.eventuserid, { kind: "live", minutes: 42 });
    const attendee = (await get(`/attendee/new.person@example.com`)).body;
    expect(attendee).toMatchObject({ eventuserid: added.eventuserid, liveminutes: 42, liveviewed: 1 });
    const page = (await get(`/event/${ev.eventId}/attendee`)).body as People;
    expect(page.attendees!.some((a) => a.eventuserid === added.eventuserid)).toBe(true);
    expect(sb.addRegistrant(ev.eventId, { email: "new.person@example.com" }).eventuserid).toBe(added.eventuserid);
  });

  it("writes records shaped like ON24's, with its documented type quirks", async () => {
    const { get, sb, setNow } = account({ registrantsPerEvent: 600 });
    setNow(ANCHOR + 30 * DAY); // late enough that the last event (Virtual Conference) has attendees
    const all: Record<string, unknown>[] = [];
    for (let p = 0, more = true; more; p++) {
      const page = ((await get(`/attendee?${WINDOW}&pageoffset=${p}`)).body as People).attendees!;
      all.push(...page);
      more = page.length > 0;
    }
    const first = (key: string) => all.flatMap((a) => (a[key] as Record<string, unknown>[] | undefined) ?? [])[0];
    expect(typeof first("calltoactions").ctaid).toBe("string");
    expect(typeof first("calltoactions").clicks).toBe("string");
    expect(typeof first("breakouts").breakoutid).toBe("string");
    expect(typeof first("polls").pollid).toBe("number");
    expect(first("locationvisits")).toMatchObject({ locationname: expect.any(String), visits: expect.any(Number) });
    expect(
      all.some((a) => (a.getpricing as { widgetid: unknown }[] | undefined)?.some((w) => typeof w.widgetid === "number")),
    ).toBe(true);
    const ve = all.find((a) => a.locationvisits)!;
    expect(ve).not.toHaveProperty("userprofileurl");
    expect(ve).not.toHaveProperty("engagementscore");
    for (const a of all) {
      expect(a).not.toHaveProperty("firstname");
      expect(typeof a.eventuserid).toBe("number");
      expect(String(a.firstliveactivity ?? "2026-01-01T00:00:00-08:00")).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d-0[78]:00$/);
    }
    const veEvent = sb.model.events.find((e) => e.contentType === "virtualenvironment")!;
    const veRegistrant = ((await get(`/event/${veEvent.eventId}/registrant`)).body as People).registrants![0];
    expect(veRegistrant).not.toHaveProperty("userprofileurl");
    expect(veRegistrant).not.toHaveProperty("emailformat");
  });

  it("can send ids as strings, as ON24 documents they sometimes arrive", async () => {
    const { get } = account({ idsAsStrings: true });
    const r = ((await get(`/registrant?${WINDOW}`)).body as People).registrants![0];
    expect(typeof r.eventuserid).toBe("string");
    expect(typeof r.eventid).toBe("string");
  });
});

describe("API behaviour", () => {
  it("pages with ON24's counters and caps client-level pages at 100", async () => {
    const { get } = account();
    const body = (await get(`/registrant?${WINDOW}&itemsperpage=500&pageoffset=1`)).body as People & {
      pagecount: number;
      currentpage: number;
    };
    expect(body.registrants).toHaveLength(100);
    expect(body.currentpage).toBe(1);
    expect(body.pagecount).toBe(Math.ceil(body.totalregistrants! / 100));
    const past = (await get(`/registrant?${WINDOW}&pageoffset=${body.pagecount}`)).body as People;
    expect(past.registrants).toEqual([]);
  });

  it("adds paging counters to the event list only with includesubaccounts=Y, as documented", async () => {
    const { get } = account();
    expect(Object.keys((await get("/event")).body).sort()).toEqual(["events", "totalevents"]);
    expect(Object.keys((await get("/event?includesubaccounts=Y")).body).sort()).toEqual([
      "currentpage",
      "events",
      "pagecount",
      "totalevents",
    ]);
  });

  it("answers the documented errors", async () => {
    const { sb, get } = account();
    const call = (headers: Record<string, string>, path = `/client/${sb.clientId}/registrant`) =>
      handleOn24Sandbox(new Request(`http://sandbox.test/v2${path}`, { headers }), { sandbox: sb }).then(async (r) => [
        r.status,
        (await r.json()).message,
      ]);
    expect(await call({ accessTokenKey: sb.tokenKey })).toEqual([
      401,
      "Header must contain both accessTokenKey and accessTokenSecret.",
    ]);
    expect(await call({ accessTokenKey: sb.tokenKey, accessTokenSecret: "nope" })).toEqual([
      401,
      "AccessTokenKey and AccessTokenSecret are wrong or invalid.",
    ]);
    const good = { accesstokenkey: sb.tokenKey, accesstokensecret: sb.tokenSecret };
    expect(await call(good, "/client/12345/registrant")).toEqual([
      403,
      "You do not have permission to perform the requested operation.",
    ]);
    expect(await get("/registrant?startdate=02/01/2026")).toMatchObject({
      status: 400,
      body: { message: "Error, incorrect date formats." },
    });
    expect(await get("/event?startdate=2025-01-01&enddate=2025-12-31")).toMatchObject({ status: 400 });
    expect(await get("/event/999")).toMatchObject({ status: 404, body: { message: "The event 999 doesn't exist." } });
    expect(await get("/registrant/nobody@example.com")).toMatchObject({
      status: 404,
      body: { message: "No registrant was found for that email address" },
    });
    expect(await get("/attendee/nobody@example.com")).toMatchObject({
      status: 404,
      body: { message: "The attendant nobody@example.com doesn't exist." },
    });
  });

  it("enforces an optional call limit with ON24's 403", async () => {
    const { get } = account({ callLimit: { maxCalls: 2, windowMs: 60_000 } });
    expect((await get("")).status).toBe(200);
    expect((await get("")).status).toBe(200);
    expect(await get("")).toMatchObject({
      status: 403,
      body: { message: "You have reached the maximum number of calls for this api." },
    });
  });

  it("applies injected faults to the matching requests only, the given number of times", async () => {
    const { sb, get } = account();
    sb.faults.add({ type: "status", status: 503, match: "/attendee", times: 2 });
    expect((await get("/registrant")).status).toBe(200);
    expect((await get("/attendee")).status).toBe(503);
    expect((await get("/attendee")).status).toBe(503);
    expect((await get("/attendee")).status).toBe(200);
    sb.faults.add({ type: "throttle", afterCalls: 1, status: 429 });
    expect((await get("")).status).toBe(200);
    expect((await get("")).status).toBe(429);
    expect((await get("")).status).toBe(200);
    expect(sb.faults.pending).toBe(0);
  });
});
