import { rngFor } from "./prng";
import { DAY, MINUTE, type EventPlan } from "./timeline";

/**
 * Who attends, and when. A registration gets zero or more viewing sessions; a session counts once it
 * has ended by the simulator's clock, so attendees appear (and later come back on demand) over time.
 * "live" sessions fill the live* fields, "archive" sessions the archive* (on-demand) fields.
 */

/** `id` keeps a session's generated activity stable however many other sessions become visible. */
export type Session = { id: number; kind: "live" | "archive"; start: number; minutes: number };

export const sessionEnd = (s: Session) => s.start + s.minutes * MINUTE;

/** Shares of registrants who attend, per product (realistic orders of magnitude, not ON24 figures). */
const WEBINAR_LIVE_SHARE = 0.45;
const WEBINAR_REPLAY_SHARE = 0.15;
const LATE_REGISTRANT_REPLAY_SHARE = 0.6;
const HUB_VISIT_SHARE = 0.55;
const HUB_RETURN_SHARE = 0.3;
const VE_ATTEND_SHARE = 0.6;

export function plannedSessions(seed: number, ev: EventPlan, j: number, registeredAt: number): Session[] {
  const r = rngFor(seed, ev.index, j, 2);
  const sessions: Omit<Session, "id">[] = [];
  const minutes = (max: number) => r.int(1, max);
  switch (ev.contentType) {
    case "webcast":
      if (registeredAt < ev.liveStart) {
        if (r.chance(WEBINAR_LIVE_SHARE)) {
          const lateBy = r.int(0, 10);
          sessions.push({ kind: "live", start: ev.liveStart + lateBy * MINUTE, minutes: minutes(60 - lateBy) });
        }
        if (r.chance(WEBINAR_REPLAY_SHARE))
          sessions.push({ kind: "archive", start: ev.archiveStart + r.next() * 14 * DAY, minutes: minutes(45) });
      } else if (r.chance(LATE_REGISTRANT_REPLAY_SHARE)) {
        sessions.push({ kind: "archive", start: registeredAt + (2 + r.next() * 2 * 24 * 60) * MINUTE, minutes: minutes(45) });
      }
      break;
    case "gateway":
    case "experience":
      if (r.chance(HUB_VISIT_SHARE)) {
        // Engagement Hub visits count as live minutes in ON24's gateway records; Target visits as archive.
        const kind = ev.contentType === "gateway" ? "live" : "archive";
        sessions.push({ kind, start: registeredAt + r.int(1, 20) * MINUTE, minutes: minutes(30) });
        if (r.chance(HUB_RETURN_SHARE))
          sessions.push({ kind: "archive", start: registeredAt + (1 + r.next() * 9) * DAY, minutes: minutes(30) });
      }
      break;
    case "virtualenvironment":
      if (r.chance(VE_ATTEND_SHARE)) {
        const from = Math.max(ev.liveStart, registeredAt);
        sessions.push({ kind: "archive", start: from + r.next() * 2 * DAY, minutes: minutes(90) });
      }
      break;
  }
  return sessions.map((s, id) => ({ ...s, id, start: Math.floor(s.start / 1000) * 1000 }));
}

/** The sessions that have ended by `cutoff`, oldest first. */
export function visibleSessions(sessions: Session[], cutoff: number): Session[] {
  return sessions.filter((s) => sessionEnd(s) <= cutoff).sort((a, b) => a.start - b.start);
}

export function lastActivity(sessions: Session[]): number | undefined {
  return sessions.length ? Math.max(...sessions.map(sessionEnd)) : undefined;
}
