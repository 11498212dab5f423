import type { On24Sandbox } from "./account";
import { visibleSessions } from "./attendance";
import { attendeeRecord } from "./attendee-record";
import { eventMetadataRecord } from "./event-record";
import { json, MESSAGES, on24Error } from "./http";
import { idValue, type Registration } from "./model";
import { optionalWindow, type Params } from "./query-params";
import { registrantRecord } from "./registrant-record";
import type { EventPlan } from "./timeline";

/**
 * Event-level endpoints. ON24 documents no paging for an event's registrants and attendees, so the
 * simulator answers with all of them in one response, as the document describes.
 */

export function eventMetadata(sb: On24Sandbox, ev: EventPlan): Response {
  const cutoff = sb.now();
  return json(eventMetadataRecord(sb.model, ev, sb.stats(ev, cutoff), cutoff));
}

export function eventRegistrants(sb: On24Sandbox, ev: EventPlan, params: Params): Response {
  const cutoff = sb.now();
  const window = optionalWindow(params, MESSAGES.badEventDates);
  const email = params.get("email")?.toLowerCase();
  const noShowOnly = params.flag("noshow");
  const regs: Registration[] = [];
  sb.forEachRegistration(ev, (reg) => {
    if (reg.registeredAt > cutoff || reg.registeredAt < window.from || reg.registeredAt >= window.to) return;
    if (email !== undefined && reg.email.toLowerCase() !== email) return;
    if (noShowOnly && visibleSessions(sb.sessionsOf(reg), cutoff).length > 0) return;
    regs.push(reg);
  });
  regs.sort((a, b) => a.registeredAt - b.registeredAt || a.eventUserId - b.eventUserId);
  return json({
    eventid: idValue(sb.model, ev.eventId),
    totalregistrants: regs.length,
    registrants: regs.map((reg) => registrantRecord(sb.model, reg, "event")),
  });
}

export function eventAttendees(sb: On24Sandbox, ev: EventPlan, params: Params): Response {
  const cutoff = sb.now();
  const window = optionalWindow(params, MESSAGES.badDates);
  const attendees: { reg: Registration; last: number; record: () => Record<string, unknown> }[] = [];
  sb.forEachRegistration(ev, (reg) => {
    if (reg.registeredAt > cutoff) return;
    const sessions = visibleSessions(sb.sessionsOf(reg), cutoff);
    if (!sessions.length) return;
    const last = Math.max(...sessions.map((s) => s.start + s.minutes * 60_000));
    if (last < window.from || last >= window.to) return;
    attendees.push({ reg, last, record: () => attendeeRecord(sb.model, reg, sessions, "event") });
  });
  attendees.sort((a, b) => a.last - b.last || a.reg.eventUserId - b.reg.eventUserId);
  return json({
    eventid: idValue(sb.model, ev.eventId),
    totalattendees: attendees.length,
    attendees: attendees.map((a) => a.record()),
  });
}

export function findEvent(sb: On24Sandbox, rawId: string): EventPlan | Response {
  const ev = /^\d+$/.test(rawId) ? sb.event(Number(rawId)) : undefined;
  // An event not created yet does not exist yet, by the simulator's clock.
  if (!ev || ev.createdAt > sb.now()) return on24Error(404, MESSAGES.noEvent(rawId));
  return ev;
}
