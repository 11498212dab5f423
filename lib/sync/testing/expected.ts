// What the simulators' data says the sync must have written, recomputed independently of the engine:
// every ON24 record of the windows, read with a separate client, joined to its registrant from the
// event's list, mapped with the lead Marketo holds for its email, merged per dedupe key as Marketo does.
import { eq } from "drizzle-orm";
import { connections } from "@/db/schema";
import type { On24Attendee, On24Event, On24Registrant } from "@/lib/on24/schemas";
import type { SandboxLead } from "@/lib/sandbox/marketo/instance";
import { storedValue } from "@/lib/sandbox/marketo/value-check";
import { mapAttendeePass } from "@/lib/sync/mapping/attendee-pass";
import { indexRegistrants, type RegistrantIndex } from "@/lib/sync/mapping/join";
import { mapRegistrantPass } from "@/lib/sync/mapping/registrant-pass";
import type { CustomObjectDescribe, MapResult } from "@/lib/sync/mapping/types";
import type { DayWindow } from "../types";
import type { Harness } from "./harness";
import { testOn24Client } from "./seed-leads";

export type Expected = {
  /** "personid|eventid|eventuserid" → the values Marketo should hold. */
  records: Map<string, Record<string, unknown>>;
  /** Upserts the engine should have made, per pass (co_mapped). */
  written: number;
  /** Records skipped: person not in Marketo with creation off, or a Virtual Conference event not enabled. */
  skipped: number;
  skippedVirtualConference: number;
  /** Attendees with no Marketo person and no ON24 registration to create one from. */
  failed: number;
  /** Every record read (records_done). */
  read: number;
  registrants: On24Registrant[];
  attendees: On24Attendee[];
};

export type ExpectOptions = {
  windows: { registrant?: DayWindow; attendee: DayWindow };
  createNewPeople: boolean;
  virtualConferenceEnabled: boolean;
};

export async function expectedFromSandbox(h: Harness, o: ExpectOptions): Promise<Expected> {
  const on24 = testOn24Client(h);
  const registrants: On24Registrant[] = [];
  if (o.windows.registrant) for await (const page of on24.registrantPages(o.windows.registrant)) registrants.push(...page.records);
  const attendees: On24Attendee[] = [];
  for await (const page of on24.attendeePages(o.windows.attendee)) attendees.push(...page.records);
  const events = new Map<string, On24Event>();
  const joins = new Map<string, RegistrantIndex>();
  for (const id of new Set([...registrants, ...attendees].map((r) => String(r.eventid)))) {
    events.set(id, await on24.getEvent(id));
    joins.set(id, indexRegistrants((await on24.eventRegistrants(id)).records, id));
  }
  const [conn] = await h.db.select({ describe: connections.objectDescribe }).from(connections).where(eq(connections.workspaceId, h.workspaceId));
  const describe = conn.describe as CustomObjectDescribe;
  const types = new Map(describe.fields.map((f) => [f.name, { name: f.name, dataType: f.dataType, length: f.length ?? undefined }]));
  const expected: Expected = { records: new Map(), written: 0, skipped: 0, skippedVirtualConference: 0, failed: 0, read: registrants.length + attendees.length, registrants, attendees };

  const write = (mapped: MapResult) => {
    if (!mapped.ok) throw new Error(`expected mapping to succeed: ${mapped.message}`);
    const key = mapped.dedupeKey;
    const values = expected.records.get(key) ?? {};
    for (const [field, value] of Object.entries(mapped.record)) values[field] = storedValue(types.get(field)!, value);
    expected.records.set(key, values);
    expected.written++;
  };
  const skipVirtualConference = () => {
    expected.skipped++;
    expected.skippedVirtualConference++;
  };
  const leadOf = (email: string | undefined) => (email ? latestLead(h.instance().leadsByEmail(email)) : undefined);

  for (const registrant of registrants) {
    const event = events.get(String(registrant.eventid))!;
    if (event.contenttype === "virtualenvironment" && !o.virtualConferenceEnabled) skipVirtualConference();
    else if (!leadOf(registrant.email)) expected.skipped++;
    else write(mapRegistrantPass({ describe, region: "na", leadId: leadOf(registrant.email)!.id, registrant, event }));
  }
  for (const attendee of attendees) {
    const event = events.get(String(attendee.eventid))!;
    const registrant = joins.get(String(attendee.eventid))!.find(attendee);
    const lead = leadOf(attendee.email);
    if (event.contenttype === "virtualenvironment" && !o.virtualConferenceEnabled) skipVirtualConference();
    else if (!lead && o.createNewPeople && !registrant) expected.failed++;
    else if (!lead) expected.skipped++;
    else write(mapAttendeePass({ describe, region: "na", leadId: lead.id, attendee, registrant, event }));
  }
  return expected;
}

/** The lead Marketo would link: the most recently updated, then the highest id. */
export function latestLead(leads: readonly SandboxLead[]): SandboxLead | undefined {
  return [...leads].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || b.id - a.id)[0];
}

/** The simulator's stored custom-object records, keyed like Expected.records. */
export function storedRecords(h: Harness): Map<string, Record<string, unknown>> {
  return new Map(h.instance().customObjectRecords().map((r) => [`${r.values.personid}|${r.values.eventid}|${r.values.eventuserid}`, r.values]));
}
