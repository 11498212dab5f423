import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { visibleSessions } from "@/lib/sandbox/on24/attendance";
import type { Registration } from "@/lib/sandbox/on24/model";
import { startSandboxWithClient, type SandboxWithClient } from "@/lib/sandbox/on24/test-client";
import { pacificDayEnd, pacificDayStart } from "./pacific-time";
import type { On24Page } from "./pages";

// A fixed clock well inside the simulated period: past events have history, later ones are still to come.
const ANCHOR = Date.parse("2026-03-01T08:00:00Z");
const NOW = ANCHOR + 10 * 86_400_000;
const WINDOW = { startDate: "2025-12-01", endDate: "2026-03-31" };

let env: SandboxWithClient;
beforeAll(async () => {
  env = await startSandboxWithClient({ anchor: ANCHOR, now: () => NOW, events: 8, registrantsPerEvent: 450 });
});
afterAll(() => env.close());

/** Ground truth straight from the simulated account, independent of its paging and window code. */
function allRegistrations(): Registration[] {
  const sb = env.server.state;
  const out: Registration[] = [];
  for (const ev of sb.model.events) sb.forEachRegistration(ev, (reg) => out.push(reg));
  return out;
}
const cutoff = () => env.server.state.now();
const inWindow = (t: number, w: { startDate: string; endDate: string }) =>
  t >= pacificDayStart(w.startDate) && t < pacificDayEnd(w.endDate);

async function collect<T>(pages: AsyncGenerator<On24Page<T>>): Promise<On24Page<T>[]> {
  const out: On24Page<T>[] = [];
  for await (const p of pages) out.push(p);
  return out;
}

describe("client-level registrants", () => {
  it("returns every registrant of the window exactly once across many pages", async () => {
    const pages = await collect(env.client().registrantPages(WINDOW, { itemsPerPage: 25 }));
    const ids = pages.flatMap((p) => p.records.map((r) => r.eventuserid));
    const expected = allRegistrations().filter((r) => r.registeredAt <= cutoff() && inWindow(r.registeredAt, WINDOW));
    expect(pages.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(expected.map((r) => String(r.eventUserId))));
    expect(pages.every((p) => p.total === expected.length && p.pageCount === pages.length)).toBe(true);
    expect(pages.map((p) => p.pageOffset)).toEqual(pages.map((_, i) => i));
    expect(pages.at(-1)!.next).toBeNull();
  });

  it("filters on the registration date, by Pacific day", async () => {
    const w = { startDate: "2026-02-01", endDate: "2026-02-07" };
    const pages = await collect(env.client().registrantPages(w));
    const records = pages.flatMap((p) => p.records);
    const expected = allRegistrations().filter((r) => r.registeredAt <= cutoff() && inWindow(r.registeredAt, w));
    expect(records.length).toBe(expected.length);
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect(inWindow(Date.parse(r.createtimestamp!), w)).toBe(true);
  });

  it("resumes from a stored cursor without repeating or losing a page", async () => {
    const client = env.client();
    const firstRun: string[] = [];
    let checkpoint = null as On24Page<unknown>["next"];
    for await (const page of client.registrantPages(WINDOW)) {
      firstRun.push(...page.records.map((r) => r.eventuserid));
      checkpoint = page.next;
      if (page.pageOffset === 2) break; // the run is cut off after its third page
    }
    const stored = JSON.parse(JSON.stringify(checkpoint));
    expect(stored).toEqual({ ...WINDOW, pageOffset: 3 });
    const rest = (await collect(client.registrantPages(stored))).flatMap((p) => p.records.map((r) => r.eventuserid));
    const all = [...firstRun, ...rest];
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe((await collect(client.registrantPages(WINDOW))).reduce((n, p) => n + p.records.length, 0));
  });

  it("keeps ids as strings and the nested shape of a registrant", async () => {
    const [page] = await collect(env.client().registrantPages({ startDate: "2026-02-01", endDate: "2026-02-01" }));
    const r = page.records[0];
    expect(typeof r.eventuserid).toBe("string");
    expect(typeof r.eventid).toBe("string");
    expect(r).toMatchObject({ email: expect.stringContaining("@"), firstname: expect.any(String), std1: expect.any(String) });
  });
});

describe("client-level attendees (datefiltermode=lastActivity)", () => {
  it("returns every attendee whose last activity is in the window exactly once", async () => {
    const pages = await collect(env.client().attendeePages(WINDOW, { itemsPerPage: 40 }));
    const ids = pages.flatMap((p) => p.records.map((r) => `${r.eventid}:${r.eventuserid}`));
    const sb = env.server.state;
    const expected = allRegistrations().filter((reg) => {
      const seen = visibleSessions(sb.sessionsOf(reg), cutoff());
      const last = Math.max(...seen.map((s) => s.start + s.minutes * 60_000));
      return reg.registeredAt <= cutoff() && seen.length > 0 && inWindow(last, WINDOW);
    });
    expect(pages.length).toBeGreaterThan(5);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(expected.length);
    expect(
      env.calls
        .filter((c) => c.operationId === "AnalyticsClientLevel.Attendees")
        .every((c) => c.path.includes("datefiltermode=lastActivity")),
    ).toBe(true);
  });

  it("carries the nested arrays of each product", async () => {
    const records = (await collect(env.client().attendeePages(WINDOW))).flatMap((p) => p.records);
    const has = (key: string) => records.some((r) => Array.isArray(r[key]) && (r[key] as unknown[]).length > 0);
    for (const key of [
      "polls",
      "surveys",
      "questions",
      "resources",
      "calltoactions",
      "breakouts",
      "meetingconversions",
      "locationvisits",
      "getpricing",
    ]) {
      expect(has(key), key).toBe(true);
    }
    const cta = records.find((r) => r.calltoactions?.length)!.calltoactions![0];
    expect(typeof cta.ctaid).toBe("string");
    expect(typeof cta.clicks).toBe("number");
  });
});

describe("events", () => {
  it("lists events with pagination and filters by content type", async () => {
    const client = env.client();
    const all = await client.listEvents({
      startDate: "2025-10-01",
      endDate: "2026-06-30",
      dateFilterMode: "livestart",
      itemsPerPage: 3,
    });
    const visible = env.server.state.model.events.filter((e) => e.createdAt <= cutoff());
    expect(all.map((e) => e.eventid).sort()).toEqual(visible.map((e) => String(e.eventId)).sort());
    const types = new Set(all.map((e) => e.contenttype));
    expect(types).toEqual(new Set(["webcast", "gateway", "experience", "virtualenvironment"]));
    for (const type of types) {
      const some = await client.listEvents({
        startDate: "2025-10-01",
        endDate: "2026-06-30",
        dateFilterMode: "livestart",
        contentType: type as "webcast",
      });
      expect(some.length).toBe(all.filter((e) => e.contenttype === type).length);
      expect(some.every((e) => e.contenttype === type)).toBe(true);
    }
  });

  it("splits windows longer than six months into slices ON24 accepts", async () => {
    const before = env.calls.length;
    const events = await env.client().listEvents({ startDate: "2025-01-01", endDate: "2026-12-31", dateFilterMode: "creation" });
    expect(events.length).toBe(env.server.state.model.events.filter((e) => e.createdAt <= cutoff()).length);
    expect(env.calls.slice(before).every((c) => c.status === 200)).toBe(true);
    expect(env.calls.length - before).toBeGreaterThanOrEqual(4);
  });

  it("reads one event's metadata, registrants and attendees", async () => {
    const client = env.client();
    const ev = env.server.state.model.events[0];
    const meta = await client.getEvent(ev.eventId);
    expect(meta).toMatchObject({ eventid: String(ev.eventId), contenttype: ev.contentType, description: ev.title });
    const regs = await client.eventRegistrants(ev.eventId);
    const expected = allRegistrations().filter((r) => r.ev === ev && r.registeredAt <= cutoff());
    expect(regs.records.map((r) => r.eventuserid).sort()).toEqual(expected.map((r) => String(r.eventUserId)).sort());
    expect(meta.eventanalytics?.totalregistrants).toBe(expected.length);
    const attendees = await client.eventAttendees(ev.eventId);
    expect(attendees.records.length).toBe(meta.eventanalytics?.totalattendees);
    expect(attendees.records.every((a) => a.eventid === String(ev.eventId))).toBe(true);
  });
});

describe("per-person lookups", () => {
  it("finds the most recent registration by email in any letter case, and per event", async () => {
    const client = env.client();
    const byPerson = new Map<string, Registration[]>();
    for (const r of allRegistrations().filter((x) => x.registeredAt <= cutoff())) {
      byPerson.set(r.email.toLowerCase(), [...(byPerson.get(r.email.toLowerCase()) ?? []), r]);
    }
    const [email, regs] = [...byPerson.entries()].find(([, list]) => list.length > 1)!;
    const latest = regs.reduce((a, b) => (b.registeredAt > a.registeredAt ? b : a));
    expect((await client.registrantByEmail(email.toUpperCase()))?.eventuserid).toBe(String(latest.eventUserId));
    expect((await client.registrantByEmail(email, { eventId: regs[0].ev.eventId }))?.eventuserid).toBe(
      String(regs[0].eventUserId),
    );
    expect(await client.registrantByEmail("nobody.123456789@nowhere.example")).toBeNull();
  });

  it("finds an attendee by email, and answers null for someone who never attended", async () => {
    const client = env.client();
    const sb = env.server.state;
    const regs = allRegistrations().filter((r) => r.registeredAt <= cutoff());
    const samePerson = (r: Registration) => regs.filter((x) => x.email.toLowerCase() === r.email.toLowerCase());
    const attended = regs.find((r) => visibleSessions(sb.sessionsOf(r), cutoff()).length > 0 && samePerson(r).length === 1)!;
    const absent = regs.find((r) => samePerson(r).every((x) => visibleSessions(sb.sessionsOf(x), cutoff()).length === 0))!;
    expect(await client.attendeeByEmail(attended.email)).toMatchObject({
      eventuserid: String(attended.eventUserId),
      email: attended.email,
    });
    expect(await client.attendeeByEmail(absent.email)).toBeNull();
  });
});

describe("token checks", () => {
  it("verifyToken proves the token with one real call and names the account", async () => {
    const before = env.calls.length;
    expect(await env.client().verifyToken()).toEqual({ ok: true, clientName: env.server.state.clientName, subAccounts: 0 });
    expect(env.calls.length - before).toBe(1);
  });

  it("verifyToken reports a wrong secret in plain words instead of throwing", async () => {
    const result = await env.client({ tokenSecret: "wrong" }).verifyToken();
    expect(result).toMatchObject({ ok: false, kind: "auth", retryable: false });
    expect(!result.ok && result.message).toMatch(/did not accept/);
  });

  it("reports which content types (products) the token can see", async () => {
    const report = await env.client({ now: () => NOW }).visibleContentTypes();
    expect(report.contentTypes.map((c) => c.product).sort()).toEqual([
      "Engagement Hub",
      "Target",
      "Virtual Conference",
      "Webinar",
    ]);
    expect(report.contentTypes.reduce((n, c) => n + c.events, 0)).toBe(report.totalEvents);
  });
});
