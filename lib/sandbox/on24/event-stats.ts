import { sessionEnd, visibleSessions, type Session } from "./attendance";
import type { EventStats } from "./event-record";
import type { Registration } from "./model";

/** Audience figures of one event at `cutoff`, from every registration of it. */
export function computeEventStats(
  forEachRegistration: (visit: (reg: Registration) => void) => void,
  sessionsOf: (reg: Registration) => Session[],
  cutoff: number,
): EventStats {
  const s: EventStats = {
    registrants: 0,
    attendees: 0,
    liveAttendees: 0,
    onDemandAttendees: 0,
    liveMinutes: 0,
    archiveMinutes: 0,
  };
  forEachRegistration((reg) => {
    if (reg.registeredAt > cutoff) return;
    s.registrants++;
    s.lastActivity = Math.max(s.lastActivity ?? 0, reg.registeredAt);
    const seen = visibleSessions(sessionsOf(reg), cutoff);
    if (!seen.length) return;
    s.attendees++;
    const live = seen.filter((x) => x.kind === "live");
    if (live.length) s.liveAttendees++;
    if (live.length < seen.length) s.onDemandAttendees++;
    for (const x of seen) {
      if (x.kind === "live") s.liveMinutes += x.minutes;
      else s.archiveMinutes += x.minutes;
      s.lastActivity = Math.max(s.lastActivity, sessionEnd(x));
    }
  });
  return s;
}
