import { formatPacific } from "@/lib/on24/pacific-time";
import { sessionActivity, type Activity } from "./activity-records";
import { sessionEnd, type Session } from "./attendance";
import { idValue, type Registration, type SandboxModel } from "./model";
import { rngFor } from "./prng";
import { partnerRefOf, profileUrl, type RecordLevel } from "./registrant-record";

/**
 * An attendee as ON24 reports one: no names or company (those live on the registrant), totals over the
 * sessions that have happened, and the nested arrays. Virtual Conference records lack live minutes,
 * engagement score, profile URL and partner codes, as in ON24's VE examples.
 */
export function attendeeRecord(
  m: SandboxModel,
  reg: Registration,
  sessions: Session[],
  level: RecordLevel,
): Record<string, unknown> {
  const type = reg.ev.contentType;
  const isVe = type === "virtualenvironment";
  const live = sessions.filter((s) => s.kind === "live");
  const archive = sessions.filter((s) => s.kind === "archive");
  const sum = (list: Session[]) => list.reduce((n, s) => n + s.minutes, 0);
  const activity = mergeActivity(sessions.map((s) => sessionActivity(m, reg, s)));
  const count = (key: string) => activity[key]?.length ?? 0;
  const surveyQuestions = (activity.surveys ?? []).reduce((n, sv) => n + (sv.surveyquestions as unknown[]).length, 0);
  const test = activity.testwidgets?.[0];
  const cert = activity.certifications?.[0];
  const arrays = Object.keys(activity).length;
  const r = rngFor(m.seed, reg.ev.index, reg.j, 6);

  const record: Record<string, unknown> = {
    email: reg.email,
    ...(level !== "event" || isVe ? { clientid: idValue(m, m.clientId) } : {}),
    ...(level !== "event" ? { eventid: idValue(m, reg.ev.eventId) } : {}),
    eventuserid: idValue(m, reg.eventUserId),
    exteventusercd: String(100_000 + reg.person.index),
    userstatus: "active",
    isblocked: "N",
    ...(isVe ? {} : { engagementscore: Math.min(10, Math.round((1 + sum(sessions) / 15 + arrays * 0.5) * 10) / 10) }),
    ...(isVe ? {} : { liveminutes: sum(live) }),
    ...(live.length ? { liveviewed: live.length } : {}),
    ...(live.length && type === "webcast"
      ? { firstliveactivity: formatPacific(live[0].start), lastliveactivity: formatPacific(sessionEnd(live[live.length - 1])) }
      : {}),
    ...(archive.length
      ? {
          archiveminutes: sum(archive),
          archiveviewed: archive.length,
          firstarchiveactivity: formatPacific(archive[0].start),
          lastarchiveactivity: formatPacific(sessionEnd(archive[archive.length - 1])),
        }
      : {}),
    ...(isVe ? {} : { askedquestions: count("questions") }),
    resourcesdownloaded: count("resources"),
    ...(isVe ? {} : { answeredpolls: count("polls") }),
    answeredsurveys: count("surveys"),
    answeredsurveyquestions: surveyQuestions,
    ...(type === "webcast" && live.length ? { launchmode: r.chance(0.9) ? "Watching remote" : "At the Venue" } : {}),
    ...activity,
    ...(test ? { testwidgetresult: test.testwidgetresult } : {}),
    ...(cert
      ? {
          certificationwidgetresult: cert.certificationresult,
          certificationcredit: cert.certificationcredit,
          certificationtimestamp: cert.certificationtimestamp,
        }
      : {}),
    ...(isVe ? {} : { userprofileurl: profileUrl(m, reg) }),
    campaigncode: reg.ev.campaignCode,
    sourcecampaigncode: reg.ev.campaignCode,
    ...(isVe ? {} : { sourceeventid: idValue(m, reg.ev.eventId), cumulativeliveminutes: sum(live) }),
    cumulativearchiveminutes: sum(archive),
    ...(isVe ? {} : { partnerref: partnerRefOf(m, reg), attendancepartnerref: partnerRefOf(m, reg) }),
    ...(level !== "client" ? { attendeesessions: sessions.length } : {}),
    ...(isVe ? { locationsvisited: count("locationvisits") } : {}),
    ...(type === "webcast" ? { livemediaplayerminutes: sum(live), archivemediaplayerminutes: sum(archive) } : {}),
  };
  return record;
}

function mergeActivity(parts: Activity[]): Activity {
  const merged: Activity = {};
  for (const part of parts) for (const [key, items] of Object.entries(part)) (merged[key] ??= []).push(...items);
  return merged;
}
