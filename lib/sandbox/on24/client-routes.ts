import type { On24Sandbox } from "./account";
import { visibleSessions } from "./attendance";
import { attendeeRecord } from "./attendee-record";
import { eventListRecord, lastModified, lastUpdated } from "./event-record";
import { json, MESSAGES, on24Error } from "./http";
import { idValue } from "./model";
import { dayWindow, pageOf, paging, type Params } from "./query-params";
import { registrantRecord } from "./registrant-record";
import type { EventPlan } from "./timeline";

/** Client-level endpoints: account, event list, registrant/attendee lists and per-person lookups. */

/** The documented page cap of the client-level registrant and attendee lists. */
const PEOPLE_PAGE_MAX = 100;
/** The event list documents no cap; this only keeps a single answer bounded. */
const EVENT_PAGE_MAX = 1000;
/** "up to 6 months": six calendar months never exceed 184 days. */
const EVENT_WINDOW_MAX_DAYS = 184;
/** Fields `realtimeonly=Y` leaves out because they come from ON24's data warehouse. */
const WAREHOUSE_FIELDS = [
  "engagementscore",
  "firstliveactivity",
  "lastliveactivity",
  "firstarchiveactivity",
  "lastarchiveactivity",
  "askedquestions",
  "resourcesdownloaded",
  "answeredpolls",
  "answeredsurveys",
  "cumulativeliveminutes",
  "cumulativearchiveminutes",
];

export function subClients(sb: On24Sandbox): Response {
  return json({ clientname: sb.clientName, subclients: [] });
}

const EVENT_DATES: Record<string, (sb: On24Sandbox, ev: EventPlan, cutoff: number) => number> = {
  goodafter: (_, ev) => ev.goodAfter,
  updated: (sb, ev, cutoff) => lastUpdated(ev, sb.stats(ev, cutoff)),
  modified: (_, ev, cutoff) => lastModified(ev, cutoff),
  creation: (_, ev) => ev.createdAt,
  livestart: (_, ev) => ev.liveStart,
  liveend: (_, ev) => ev.liveEnd,
  archivestart: (_, ev) => ev.archiveStart,
  archiveend: (_, ev) => ev.archiveEnd,
};

export function listEvents(sb: On24Sandbox, params: Params): Response {
  const cutoff = sb.now();
  const window = dayWindow(params, cutoff, 90, MESSAGES.badDates);
  if (window.days > EVENT_WINDOW_MAX_DAYS) return on24Error(400, MESSAGES.eventRange);
  const dateOf = EVENT_DATES[(params.get("datefiltermode") ?? "goodafter").toLowerCase()] ?? EVENT_DATES.goodafter;
  const type = (params.get("contenttype") ?? "all").toLowerCase();
  const descending = params.get("filterorder")?.toLowerCase() === "desc";
  const events = sb.model.events
    .filter((ev) => ev.createdAt <= cutoff && (type === "all" || ev.contentType === type))
    .map((ev) => ({ ev, at: dateOf(sb, ev, cutoff) }))
    .filter(({ at }) => at >= window.from && at < window.to)
    .sort((a, b) => (descending ? b.at - a.at : a.at - b.at) || a.ev.eventId - b.ev.eventId);
  const { offset, size } = paging(params, EVENT_PAGE_MAX);
  const page = pageOf(events.length, offset, size, (i) =>
    eventListRecord(sb.model, events[i].ev, sb.stats(events[i].ev, cutoff), cutoff),
  );
  // Only with includesubaccounts=Y does ON24 add the paging counters ("Response schema differs").
  const counters = params.flag("includesubaccounts") ? { pagecount: page.pagecount, currentpage: page.currentpage } : {};
  return json({ ...counters, totalevents: events.length, events: page.items });
}

export function clientRegistrants(sb: On24Sandbox, params: Params): Response {
  const cutoff = sb.now();
  const window = dayWindow(params, cutoff, 30, MESSAGES.badDates);
  const { offset, size } = paging(params, PEOPLE_PAGE_MAX);
  const list = sb.registrantList(window.from, window.to, cutoff);
  const page = pageOf(list.size, offset, size, (i) =>
    registrantRecord(sb.model, sb.registration(sb.model.events[list.eventIndex(i)], list.j(i)), "client"),
  );
  return json({
    clientid: idValue(sb.model, sb.model.clientId),
    totalregistrants: list.size,
    pagecount: page.pagecount,
    currentpage: page.currentpage,
    registrants: page.items,
  });
}

export function clientAttendees(sb: On24Sandbox, params: Params): Response {
  const cutoff = sb.now();
  const window = dayWindow(params, cutoff, 30, MESSAGES.badDates);
  const { offset, size } = paging(params, PEOPLE_PAGE_MAX);
  const list = sb.attendeeList(window.from, window.to, cutoff);
  const realtimeOnly = params.flag("realtimeonly");
  const page = pageOf(list.size, offset, size, (i) => {
    const reg = sb.registration(sb.model.events[list.eventIndex(i)], list.j(i));
    const record = attendeeRecord(sb.model, reg, visibleSessions(sb.sessionsOf(reg), cutoff), "client");
    if (realtimeOnly) for (const key of WAREHOUSE_FIELDS) delete record[key];
    return record;
  });
  return json({
    clientid: idValue(sb.model, sb.model.clientId),
    totalattendees: list.size,
    pagecount: page.pagecount,
    currentpage: page.currentpage,
    attendees: page.items,
  });
}

export function registrantByEmail(sb: On24Sandbox, params: Params, email: string, allEvents: boolean): Response {
  const cutoff = sb.now();
  const eventId = params.get("eventid");
  const regs = sb.registrationsByEmail(email, cutoff).filter((r) => eventId === undefined || String(r.ev.eventId) === eventId);
  if (allEvents) {
    const { offset, size } = paging(params, PEOPLE_PAGE_MAX);
    const page = pageOf(regs.length, offset, size, (i) => registrantRecord(sb.model, regs[i], "client"));
    return json({
      clientid: idValue(sb.model, sb.model.clientId),
      totalregistrants: regs.length,
      pagecount: page.pagecount,
      currentpage: page.currentpage,
      registrants: page.items,
    });
  }
  if (!regs.length) return on24Error(404, eventId === undefined ? MESSAGES.noRegistrant : MESSAGES.noRegistrantForEvent);
  return json({ registrant: registrantRecord(sb.model, regs[regs.length - 1], "byEmail") });
}

export function attendeeByEmail(sb: On24Sandbox, params: Params, email: string, allEvents: boolean): Response {
  const cutoff = sb.now();
  const attended = sb
    .registrationsByEmail(email, cutoff)
    .map((reg) => ({ reg, sessions: visibleSessions(sb.sessionsOf(reg), cutoff) }))
    .filter((a) => a.sessions.length > 0)
    .sort((a, b) => lastEnd(a.sessions) - lastEnd(b.sessions));
  if (allEvents) {
    const { offset, size } = paging(params, PEOPLE_PAGE_MAX);
    const page = pageOf(attended.length, offset, size, (i) =>
      attendeeRecord(sb.model, attended[i].reg, attended[i].sessions, "byEmail"),
    );
    return json({
      clientid: idValue(sb.model, sb.model.clientId),
      totalattendees: attended.length,
      pagecount: page.pagecount,
      currentpage: page.currentpage,
      attendees: page.items,
    });
  }
  if (!attended.length) return on24Error(404, MESSAGES.noAttendee(email));
  const latest = attended[attended.length - 1];
  return json(attendeeRecord(sb.model, latest.reg, latest.sessions, "byEmail"));
}

function lastEnd(sessions: { start: number; minutes: number }[]): number {
  return Math.max(...sessions.map((s) => s.start + s.minutes * 60_000));
}
