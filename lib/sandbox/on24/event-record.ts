import { formatPacific } from "@/lib/on24/pacific-time";
import { idValue, type SandboxModel } from "./model";
import { DAY, type EventPlan } from "./timeline";

/** Audience figures of one event at the simulator's current time. */
export type EventStats = {
  registrants: number;
  attendees: number;
  liveAttendees: number;
  onDemandAttendees: number;
  liveMinutes: number;
  archiveMinutes: number;
  /** Latest registration or session end, for `lastupdated`. */
  lastActivity?: number;
};

const EVENT_TYPES: Record<string, string> = {
  webcast: "Live PC Mic",
  gateway: "Engagement Hub",
  experience: "experience",
  virtualenvironment: "Virtual Environment",
};

/** `lastupdated`: "the last time an event had audience activity" (creation counts). */
export function lastUpdated(ev: EventPlan, stats: EventStats): number {
  return Math.max(ev.createdAt, stats.lastActivity ?? 0);
}

export function lastModified(ev: EventPlan, cutoff: number): number {
  return Math.min(cutoff, ev.createdAt + DAY);
}

/** An entry of the client-level event list (keys as in ON24's list examples for each product). */
export function eventListRecord(m: SandboxModel, ev: EventPlan, stats: EventStats, cutoff: number): Record<string, unknown> {
  const average = (total: number, n: number) => (n ? Math.round(total / n) : 0);
  const analytics = {
    totalregistrants: stats.registrants,
    totalattendees: stats.attendees,
    liveattendees: stats.liveAttendees,
    ondemandattendees: stats.onDemandAttendees,
    averageliveminutes: average(stats.liveMinutes, stats.liveAttendees),
    averagearchiveminutes: average(stats.archiveMinutes, stats.onDemandAttendees),
    totalcumulativeliveminutes: stats.liveMinutes,
    totalcumulativearchiveminutes: stats.archiveMinutes,
    totalcumulativeminutes: stats.liveMinutes + stats.archiveMinutes,
  };
  const isVe = ev.contentType === "virtualenvironment";
  return {
    ...(isVe ? {} : { eventanalytics: analytics }),
    ...commonFields(m, ev, stats, cutoff),
    eventlocation: ev.campaignCode,
    partnerrefstats: [{ code: "-", count: stats.registrants }],
  };
}

/** GET /event/{eventId}: the list fields plus the richer analytics of ON24's metadata examples. */
export function eventMetadataRecord(m: SandboxModel, ev: EventPlan, stats: EventStats, cutoff: number): Record<string, unknown> {
  const base: Record<string, unknown> = {
    totalregistrants: stats.registrants,
    totalattendees: stats.attendees,
    noshowcount: stats.registrants - stats.attendees,
  };
  const extra: Record<string, Record<string, unknown>> = {
    webcast: {
      liveattendees: stats.liveAttendees,
      ondemandattendees: stats.onDemandAttendees,
      registrationpagehits: stats.registrants * 3,
      totalcumulativeliveminutes: stats.liveMinutes,
      totalcumulativearchiveminutes: stats.archiveMinutes,
      totalcumulativeminutes: stats.liveMinutes + stats.archiveMinutes,
    },
    gateway: { pageviews: stats.registrants * 4, contentviews: stats.attendees * 2 },
    experience: { ondemandattendees: stats.onDemandAttendees, registrationpagehits: stats.registrants * 2 },
    virtualenvironment: { registrationpagehits: stats.registrants * 3 },
  };
  return {
    eventanalytics: { ...base, ...extra[ev.contentType] },
    ...commonFields(m, ev, stats, cutoff),
    ...(ev.contentType === "webcast" || ev.contentType === "virtualenvironment"
      ? { eventname: ev.title, eventduration: 60 }
      : {}),
  };
}

function commonFields(m: SandboxModel, ev: EventPlan, stats: EventStats, cutoff: number): Record<string, unknown> {
  const webinar = ev.contentType === "webcast" || ev.contentType === "virtualenvironment";
  return {
    eventid: idValue(m, ev.eventId),
    clientid: idValue(m, m.clientId),
    goodafter: formatPacific(ev.goodAfter),
    isactive: true,
    regrequired: true,
    description: ev.title,
    displaytimezonecd: "America/Los_Angeles",
    eventtype: EVENT_TYPES[ev.contentType],
    createtimestamp: formatPacific(ev.createdAt),
    localelanguagecd: "en",
    lastmodified: formatPacific(lastModified(ev, cutoff)),
    lastupdated: formatPacific(lastUpdated(ev, stats)),
    livestart: formatPacific(ev.liveStart),
    liveend: formatPacific(ev.liveEnd),
    ...(webinar ? { archivestart: formatPacific(ev.archiveStart), archiveend: formatPacific(ev.archiveEnd) } : {}),
    audienceurl: `https://event.on24.com/wcc/r/${ev.eventId}/SANDBOX`,
    ...(webinar ? { reporturl: `https://data.on24.com/webcast/report?e=${ev.eventId}&k=SANDBOX` } : {}),
    contenttype: ev.contentType,
    campaigncode: ev.campaignCode,
    istestevent: false,
  };
}
