import { formatPacific } from "@/lib/on24/pacific-time";
import { sessionEnd, type Session } from "./attendance";
import { ACTIVITY_BUILDERS } from "./activity-builders";
import type { Registration, SandboxModel } from "./model";
import { rngFor, type Rng } from "./prng";
import { MINUTE } from "./timeline";

/**
 * The nested arrays of an attendee record, generated per viewing session so they only grow as new
 * sessions happen. Types follow ON24's examples, inconsistencies included: ctaid, clicks, widgetid,
 * breakoutid and questioncode are strings (widgetid is a number once in a while, as in the gateway
 * example), surveyid is "<eventid>_survey1" for webinars and a numeric string for Virtual Conference.
 */

export type Activity = Record<string, Record<string, unknown>[]>;

export type ActivityContext = { m: SandboxModel; reg: Registration; s: Session; r: Rng; at: (fraction: number) => string };

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
    arrays: [
      ["polls", 0.5],
      ["questions", 0.3],
      ["reactions", 0.2],
      ["breakouts", 0.15],
      ["calltoactions", 0.2],
      ["resources", 0.3],
      ["surveys", 0.25],
      ["certifications", 0.1],
      ["testwidgets", 0.1],
      ["shareidea", 0.05],
      ["twitterwidget", 0.05],
      ["calendly", 0.04],
    ],
    widgets: [
      ["meetingconversions", 0.08],
      ["democonversions", 0.08],
      ["freetrial", 0.05],
      ["contactus", 0.06],
      ["drift", 0.04],
    ],
  },
  "webcast:archive": {
    arrays: [
      ["resources", 0.3],
      ["surveys", 0.2],
      ["calltoactions", 0.15],
      ["certifications", 0.05],
    ],
    widgets: [
      ["meetingconversions", 0.05],
      ["democonversions", 0.05],
      ["contactus", 0.04],
    ],
  },
  gateway: {
    arrays: [],
    widgets: [
      ["meetingconversions", 0.1],
      ["democonversions", 0.1],
      ["contactus", 0.08],
      ["getpricing", 0.08],
      ["freetrial", 0.05],
      ["drift", 0.05],
    ],
  },
  experience: {
    arrays: [],
    widgets: [
      ["meetingconversions", 0.1],
      ["democonversions", 0.08],
      ["contactus", 0.08],
      ["drift", 0.05],
    ],
  },
  virtualenvironment: {
    arrays: [
      ["locationvisits", 1],
      ["resources", 0.5],
      ["surveys", 0.3],
    ],
    widgets: [
      ["meetingconversions", 0.1],
      ["democonversions", 0.06],
      ["getpricing", 0.06],
      ["freetrial", 0.05],
    ],
  },
};

export function sessionActivity(m: SandboxModel, reg: Registration, s: Session): Activity {
  const r = rngFor(m.seed, reg.ev.index, reg.j, 20 + s.id);
  const at = (fraction: number) => formatPacific(Math.floor((s.start + fraction * (sessionEnd(s) - s.start)) / 1000) * 1000);
  const ctx: ActivityContext = { m, reg, s, r, at };
  const type = reg.ev.contentType;
  const plan = PLANS[type === "webcast" ? `webcast:${s.kind}` : type];
  const out: Activity = {};
  for (const [name, p] of plan.arrays) if (r.chance(p)) out[name] = ACTIVITY_BUILDERS[name](ctx);
  for (const [key, p] of plan.widgets) if (r.chance(p)) out[key] = [widget(ctx, key)];
  return out;
}

function widget({ reg, r, at }: ActivityContext, key: WidgetKey): Record<string, unknown> {
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
