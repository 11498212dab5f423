import { hash32, rngFor } from "./prng";
import { EVENT_TOPICS } from "./sample-data";

/**
 * When things happen in the simulated account. Events are spread evenly over a period around an anchor
 * instant (`pastDays` before it, `futureDays` after), so a fresh sandbox has history to backfill and
 * keeps producing new registrations and attendance as its clock moves on.
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Webinars dominate real accounts; every product the integration supports is present. */
const CONTENT_CYCLE = ["webcast", "gateway", "webcast", "experience", "webcast", "virtualenvironment"] as const;
export type SandboxContentType = (typeof CONTENT_CYCLE)[number];

const EVENT_ID_BASE = 4_210_000;
const EVENT_ID_STEP = 37;
/** Registrations open this long before a webinar goes live. */
const REGISTRATION_LEAD_DAYS = 21;
/** People still register (for the recording) this long after a webinar ended. */
const LATE_REGISTRATION_DAYS = 30;
/** Share of webinar registrations made after the live session, for on-demand viewing. */
const LATE_REGISTRATION_SHARE = 0.15;

export type TimelineOptions = { seed: number; events: number; pastDays: number; futureDays: number; anchor: number };

export type EventPlan = {
  index: number;
  eventId: number;
  contentType: SandboxContentType;
  title: string;
  campaignCode: string;
  createdAt: number;
  goodAfter: number;
  liveStart: number;
  liveEnd: number;
  archiveStart: number;
  archiveEnd: number;
  /** Registrations fall in [registrationOpen, registrationClose). */
  registrationOpen: number;
  registrationClose: number;
  isHub: boolean;
};

export function planEvents(o: TimelineOptions): EventPlan[] {
  const start = o.anchor - o.pastDays * DAY;
  const span = (o.pastDays + o.futureDays) * DAY;
  return Array.from({ length: o.events }, (_, index) => {
    const contentType = CONTENT_CYCLE[index % CONTENT_CYCLE.length];
    const isHub = contentType === "gateway" || contentType === "experience";
    // Live sessions start on a quarter hour, spread evenly over the period.
    const liveStart = Math.round((start + ((index + 0.5) / o.events) * span) / (15 * MINUTE)) * 15 * MINUTE;
    const liveEnd = liveStart + HOUR;
    const topic = EVENT_TOPICS[hash32(o.seed, index, 3) % EVENT_TOPICS.length];
    const createdAt = liveStart - (REGISTRATION_LEAD_DAYS + 7) * DAY;
    // Hubs are evergreen: they open at creation and collect visitors until the end of the period.
    const registrationOpen = isHub ? createdAt : liveStart - REGISTRATION_LEAD_DAYS * DAY;
    const registrationClose = isHub ? start + span : liveEnd + LATE_REGISTRATION_DAYS * DAY;
    return {
      index,
      eventId: EVENT_ID_BASE + index * EVENT_ID_STEP,
      contentType,
      title: `${topic}${isHub ? " Hub" : contentType === "virtualenvironment" ? " Summit" : ""}`,
      campaignCode: `CMP-SBX-${String(index + 1).padStart(3, "0")}`,
      createdAt,
      goodAfter: registrationOpen,
      liveStart: isHub ? createdAt : liveStart,
      liveEnd: isHub ? createdAt : liveEnd,
      archiveStart: liveEnd + 30 * MINUTE,
      archiveEnd: liveStart + 365 * DAY,
      registrationOpen,
      registrationClose,
      isHub,
    };
  });
}

/** When registrant j of the event registered (deterministic, independent of every other record). */
export function registrationTime(seed: number, ev: EventPlan, j: number): number {
  const r = rngFor(seed, ev.index, j, 1);
  const u = r.next();
  if (ev.isHub) return Math.floor(ev.registrationOpen + u * (ev.registrationClose - ev.registrationOpen));
  if (r.chance(LATE_REGISTRATION_SHARE)) {
    // Late registrations bunch up right after the webinar and thin out.
    return Math.floor(ev.liveEnd + u * u * (ev.registrationClose - ev.liveEnd));
  }
  // Early registrations build up towards the live date.
  return Math.floor(ev.registrationOpen + Math.sqrt(u) * (ev.liveStart - ev.registrationOpen));
}
