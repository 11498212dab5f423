import { formatPacific } from "@/lib/on24/pacific-time";
import { sessionEnd, type Session } from "./attendance";
import { idValue, type Registration, type SandboxModel } from "./model";
import { rngFor, type Rng } from "./prng";
import { ATTENDEE_QUESTIONS, POLL_QUESTIONS, SURVEY_QUESTIONS, VE_LOCATIONS } from "./sample-data";
import { MINUTE } from "./timeline";

/**
 * The nested arrays of an attendee record, generated per viewing session so they only grow as new
 * sessions happen. Types follow ON24's examples, inconsistencies included: ctaid, clicks, widgetid,
 * breakoutid and questioncode are strings (widgetid is a number once in a while, as in the gateway
 * example), surveyid is "<eventid>_survey1" for webinars and a numeric string for Virtual Conference.
 */

export type Activity = Record<string, Record<string, unknown>[]>;

type Ctx = { m: SandboxModel; reg: Registration; s: Session; r: Rng; at: (fraction: number) => string };

const WIDGETS = {
  meetingconversions: { name: "Book a Meeting", type: "book_a_meeting", action: "https://meetings.example/book" },
  democonversions: { name: "Schedule a Demo", type: "request_a_demo", action: "sales@acme-analytics.example" },
  freetrial: { name: "Free Trial", type: "free_trial", action: "trials@acme-analytics.example" },
  contactus: { name: "Contact us", type: "contactus", action: "hello@acme-analytics.example" },
  getpricing: { name: "Get Pricing", type: "get_pricing", action: "https://pricing.example/quote" },
  drift: { name: "startConversation", type: "drift", action: "" },
} as const;
type WidgetKey = keyof typeof WIDGETS;

/** Chance per session of each kind of activity, by product and session kind. */
const PLANS: Record<string, { arrays: [string, number][]; widgets: [WidgetKey, number][] }> = {
  "webcast:live": {
    arrays: [["polls", 0.5], ["questions", 0.3], ["reactions", 0.2], ["breakouts", 0.15], ["calltoactions", 0.2], ["resources", 0.3], ["surveys", 0.25], ["certifications", 0.1], ["testwidgets", 0.1], ["shareidea", 0.05], ["twitterwidget", 0.05], ["calendly", 0.04]],
    widgets: [["meetingconversions", 0.08], ["democonversions", 0.08], ["freetrial", 0.05], ["contactus", 0.06], ["drift", 0.04]],
  },
  "webcast:archive": {
    arrays: [["resources", 0.3], ["surveys", 0.2], ["calltoactions", 0.15], ["certifications", 0.05]],
    widgets: [["meetingconversions", 0.05], ["democonversions", 0.05], ["contactus", 0.04]],
  },
  gateway: { arrays: [], widgets: [["meetingconversions", 0.1], ["democonversions", 0.1], ["contactus", 0.08], ["getpricing", 0.08], ["freetrial", 0.05], ["drift", 0.05]] },
  experience: { arrays: [], widgets: [["meetingconversions", 0.1], ["democonversions", 0.08], ["contactus", 0.08], ["drift", 0.05]] },
  virtualenvironment: {
    arrays: [["locationvisits", 1], ["resources", 0.5], ["surveys", 0.3]],
    widgets: [["meetingconversions", 0.1], ["democonversions", 0.06], ["getpricing", 0.06], ["freetrial", 0.05]],
  },
};

export function sessionActivity(m: SandboxModel, reg: Registration, s: Session): Activity {
  const r = rngFor(m.seed, reg.ev.index, reg.j, 20 + s.id);
  const at = (fraction: number) => formatPacific(Math.floor((s.start + fraction * (sessionEnd(s) - s.start)) / 1000) * 1000);
  const ctx: Ctx = { m, reg, s, r, at };
  const type = reg.ev.contentType;
  const plan = PLANS[type === "webcast" ? `webcast:${s.kind}` : type];
  const out: Activity = {};
  for (const [name, p] of plan.arrays) if (r.chance(p)) out[name] = BUILDERS[name](ctx);
  for (const [key, p] of plan.widgets) if (r.chance(p)) out[key] = [widget(ctx, key)];
  return out;
}

const BUILDERS: Record<string, (c: Ctx) => Record<string, unknown>[]> = {
  polls: ({ m, reg, r, at }) =>
    Array.from({ length: r.int(1, 2) }, (_, i) => {
      const q = POLL_QUESTIONS[(reg.ev.index + i) % POLL_QUESTIONS.length];
      const choice = r.int(0, q.a.length - 1);
      return {
        pollid: idValue(m, 16_000_000 + reg.ev.index * 100 + i),
        pollsubmittedtimestamp: at(0.2 + 0.3 * i),
        pollquestionid: idValue(m, 6_000_000 + reg.ev.index * 100 + i),
        pollquestion: q.q,
        pollanswers: [q.a[choice]],
        pollanswersdetail: [{ answercode: `choice${choice + 1}`, answer: q.a[choice] }],
      };
    }),
  questions: ({ m, reg, s, r, at }) => {
    const answered = r.chance(0.7);
    return [
      {
        questionid: idValue(m, 1_000_000 + ((reg.eventUserId * 7 + s.id) % 9_000_000)),
        createtimestamp: at(0.4),
        content: r.pick(ATTENDEE_QUESTIONS),
        ...(answered
          ? { answer: { createtimestamp: at(0.6), content: "Thanks for asking: yes, see the resources tab.", presenterid: idValue(m, 2_223_110), presentername: "Sam Presenter", privacy: "Private" } }
          : {}),
      },
    ];
  },
  reactions: ({ s, r, at }) =>
    Array.from({ length: r.int(1, 3) }, (_, i) => ({ type: r.pick(["like", "heart", "laugh", "celebrate"]), timefromstart: (i + 1) * r.int(1, Math.max(1, s.minutes)), datetime: at(0.1 * (i + 1)) })),
  breakouts: ({ reg, s, r }) => [
    { breakoutid: String(4800 + reg.ev.index), breakoutname: "Breakout Room", breakoutrole: "Attendee", breakoutcumulativeliveminutes: r.int(1, Math.max(1, s.minutes)) },
  ],
  calltoactions: ({ reg, r, at }) => [
    { ctaid: String(83_970_000 + reg.ev.index), ctaname: "Download the guide", clicks: String(r.int(1, 3)), action: "https://www.example.com/guide", date: at(0.7) },
  ],
  resources: ({ m, reg, r, at }) =>
    Array.from({ length: r.int(1, 2) }, (_, i) => ({
      resourceid: idValue(m, 30_900_000 + reg.ev.index * 10 + i),
      resourceviewed: i === 0 ? "Slides (PDF)" : "Product Overview",
      resourceviewedtimestamp: at(0.5 + 0.2 * i),
      ...(reg.ev.contentType === "virtualenvironment" ? { resourceviews: r.int(1, 3), resourcetype: "WEBCAST", sponsorid: idValue(m, 223_628), sponsorname: "Sponsor_1" } : {}),
    })),
  surveys: ({ m, reg, r, at }) => [
    {
      surveyid: reg.ev.contentType === "virtualenvironment" ? String(6_388_000 + reg.ev.index) : `${reg.ev.eventId}_survey1`,
      surveysubmittedtimestamp: at(0.95),
      surveyquestions: SURVEY_QUESTIONS.slice(0, r.int(1, 2)).map((q, i) => {
        const choice = r.int(0, q.a.length - 1);
        return {
          surveyquestionid: idValue(m, 987_000 + reg.ev.index * 10 + i),
          surveyquestion: q.q,
          ...(reg.ev.contentType === "webcast" ? { questioncode: String(110 + i) } : {}),
          surveyanswers: [q.a[choice]],
          surveyanswersdetail: [{ answercode: `choice${choice + 1}`, answer: q.a[choice] }],
        };
      }),
    },
  ],
  certifications: ({ m, reg, r, at }) => {
    const passed = r.chance(0.8);
    return [
      {
        certificationid: idValue(m, 83_328_000 + reg.ev.index),
        certificationresult: passed ? "C" : "NC",
        certificationname: "Continuing Education Credit",
        certificationcredit: passed ? "1" : "NR",
        certificationtimestamp: at(1),
        certificationurl: `https://event.on24.com/ceCertficate/sandbox/certificate_${reg.eventUserId}.pdf`,
      },
    ];
  },
  testwidgets: ({ r }) => {
    const needed = r.int(2, 4);
    const provided = r.int(needed - 1, needed);
    return [{ testwidgetresult: provided >= needed ? "P" : "F", retries: r.int(0, 2), correctanswersneeded: needed, correctanswersprovided: provided }];
  },
  shareidea: ({ r, at }) => [{ topic: "How can we increase our audience engagement?", type: "IDEA", description: "More interactive polls.", ideanumber: r.int(60_000, 69_999), datetime: at(0.5) }],
  twitterwidget: ({ at }) => [{ date: at(0.3), tweetdescription: "Great session on marketing automation!" }],
  calendly: ({ r }) => [{ meetingsbooked: r.int(1, 2) }],
  locationvisits: ({ m, s, r }) =>
    VE_LOCATIONS.slice(0, r.int(1, VE_LOCATIONS.length)).map((loc) => {
      const duration = r.int(1, Math.max(1, s.minutes));
      return { ...loc, locationid: idValue(m, loc.locationid), sponsorid: idValue(m, loc.sponsorid), visits: r.int(1, 5), visitsduration: duration, cumulativevisitsduration: duration };
    }),
};

function widget({ reg, r, at }: Ctx, key: WidgetKey): Record<string, unknown> {
  const w = WIDGETS[key];
  const id = 98_500_000 + reg.ev.index * 10 + Object.keys(WIDGETS).indexOf(key);
  const submitted = at(r.next());
  return {
    // ON24's gateway example once sends widgetid as a number; keep that inconsistency alive.
    widgetid: key === "getpricing" && reg.ev.contentType === "gateway" ? id : String(id),
    widgetname: w.name,
    widgettype: w.type,
    widgetaction: key === "drift" ? formatDriftDate(Date.parse(submitted)) : w.action,
    widgetsubmittedtimestamp: submitted,
  };
}

/** drift[].widgetaction carries a non-ISO date ("Jan 01, 2016 10:00 AM"), as documented. */
function formatDriftDate(ms: number): string {
  const d = new Date(ms - 8 * 60 * MINUTE);
  const month = d.toLocaleString("en-US", { month: "short", timeZone: "UTC" });
  const hour = d.getUTCHours() % 12 || 12;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${month} ${pad(d.getUTCDate())}, ${d.getUTCFullYear()} ${pad(hour)}:${pad(d.getUTCMinutes())} ${d.getUTCHours() < 12 ? "AM" : "PM"}`;
}
