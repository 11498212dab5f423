import { formatPacific } from "@/lib/on24/pacific-time";
import { idValue, type Registration, type SandboxModel } from "./model";
import { rngFor } from "./prng";
import { PARTNER_REFS, UTM_SOURCES } from "./sample-data";

/** Which endpoint the record is for: the keys differ slightly between them, as in ON24's examples. */
export type RecordLevel = "client" | "event" | "byEmail";

const HEAR_ABOUT = ["Email", "Social media", "Colleague", "Search engine", "Partner"] as const;
const PREDICTIONS = ["LOW", "MEDIUM", "HIGH"] as const;

/** A registrant exactly as ON24's examples lay one out (lower-case keys, std1–std10, Pacific timestamps). */
export function registrantRecord(m: SandboxModel, reg: Registration, level: RecordLevel): Record<string, unknown> {
  const r = rngFor(m.seed, reg.ev.index, reg.j, 3);
  const p = reg.person;
  const isVe = reg.ev.contentType === "virtualenvironment";
  const registered = formatPacific(reg.registeredAt);
  const partnerref = partnerRefOf(m, reg);
  const record: Record<string, unknown> = {
    eventuserid: idValue(m, reg.eventUserId),
    ...(level === "event" ? {} : { clientid: idValue(m, m.clientId) }),
    eventid: idValue(m, reg.ev.eventId),
    firstname: p.firstname,
    lastname: p.lastname,
    email: reg.email,
    company: p.company,
    jobtitle: p.jobtitle,
    addressstreet1: `${r.int(1, 999)} Market Street`,
    addressstreet2: "",
    city: p.city,
    state: p.state,
    zip: p.zip,
    country: p.country,
    workphone: p.workphone,
    jobfunction: p.jobfunction,
    companyindustry: p.companyindustry,
    companysize: p.companysize,
    partnerref,
    std1: r.pick(HEAR_ABOUT),
    std2: r.chance(0.5) ? "Yes" : "No",
    std3: `Region ${r.int(1, 4)}`,
    std4: "",
    std5: "",
    std6: "",
    std7: "",
    std8: "",
    std9: "",
    std10: "",
    username: "",
    exteventusercd: String(100_000 + p.index),
    other: "",
    notes: "",
    marketingemail: r.chance(0.6) ? "Y" : "N",
    eventemail: "Y",
    // ON24's by-email example carries no registration timestamps, prediction or email format.
    ...(level === "byEmail" ? {} : { createtimestamp: registered, lastactivity: registered }),
    browser: r.pick(["chrome120", "firefox121", "safari17", "edge120"]),
    ipaddress: `203.0.113.${r.int(1, 254)}`,
    os: r.pick(["win10", "win11", "macos", "linux"]),
    ...(isVe || level === "byEmail" ? {} : { emailformat: "html", engagementprediction: r.pick(PREDICTIONS) }),
    ...(isVe ? {} : { userprofileurl: profileUrl(m, reg) }),
    campaigncode: reg.ev.campaignCode,
    sourcecampaigncode: reg.ev.campaignCode,
    sourceeventid: idValue(m, reg.ev.eventId),
    userstatus: "active",
    utmsource: partnerref ? r.pick(UTM_SOURCES) : "",
    utmmedium: partnerref ? "email" : "",
    utmcampaign: partnerref ? reg.ev.campaignCode.toLowerCase() : "",
    utmterm: "",
    utmcontent: "",
    attendeetype: "Virtual",
  };
  return { ...record, ...reg.overrides };
}

/** The registration's tracking code; attendee records repeat it as `partnerref`. */
export function partnerRefOf(m: SandboxModel, reg: Registration): string {
  const given = reg.overrides?.partnerref;
  return typeof given === "string" ? given : rngFor(m.seed, reg.ev.index, reg.j, 4).pick(PARTNER_REFS);
}

/** The Prospect Engagement Profile link (a made-up token that only names the sandbox registration). */
export function profileUrl(m: SandboxModel, reg: Registration): string {
  return `https://data.on24.com/webcast/lead?token=SANDBOX-${m.clientId}-${reg.eventUserId}`;
}
