import { describe, expect, it } from "vitest";
import { ATTENDEE_FIELDS } from "@/lib/sync/fields/attendee-fields";
import { describeWith, fieldsNamed } from "./__fixtures__/describes";
import { ALL_FIELD_NAMES, expectOk, KEY_FIELDS } from "./__fixtures__/map-fields";
import elite from "./__fixtures__/AnalyticsEventLevel.Attendees__elite-account.json";
import { mapAttendeePass } from "./attendee-pass";
import { canonicalJson, fingerprintRecord } from "./fingerprint";
import { mapRegistrantPass } from "./registrant-pass";
import type { DescribeField } from "./types";

const ATTENDEE = elite.attendees[0];
const REGISTRANT = { eventid: 311512, eventuserid: 49502149, email: "XXXXXXXX@on24.com", createtimestamp: "2015-05-01T09:00:00-07:00", std1: "s1", campaigncode: "REG" };
const EVENT = { eventid: 311512, description: "New Webcast" };
const ATTENDEE_DERIVED = new Set(ATTENDEE_FIELDS.filter((f) => !f.registrantPass).map((f) => f.apiName));

function keysDescribe(eventid: string, eventuserid: string, extra: DescribeField[] = []) {
  return describeWith([{ name: "personid", dataType: "link" }, { name: "eventid", dataType: eventid, length: 255 }, { name: "eventuserid", dataType: eventuserid, length: 255 }, ...extra]);
}

describe("registrant pass", () => {
  it("writes registration fields only, even when the object defines every field", () => {
    const result = expectOk(mapRegistrantPass({ describe: describeWith(), region: "na", leadId: "42", registrant: { ...REGISTRANT, liveminutes: 40 }, event: EVENT }));
    expect(Object.keys(result.record).filter((k) => ATTENDEE_DERIVED.has(k))).toEqual([]);
    expect(result.record).toMatchObject({ personid: 42, eventid: "311512", eventuserid: "49502149", registrationdate: "2015-05-01T16:00:00+00:00", custom1: "s1", eventtitle: "New Webcast", campaigncode: "REG" });
    expect(result.key).toEqual({ eventId: "311512", eventUserId: "49502149", pass: "registrant" });
  });

  it("takes the eventid from the response when an event-level registrant lacks it", () => {
    const { eventid: _dropped, ...withoutEvent } = REGISTRANT;
    const result = expectOk(mapRegistrantPass({ describe: describeWith(), region: "na", leadId: 1, registrant: withoutEvent, eventId: "311512" }));
    expect(result.record.eventid).toBe("311512");
  });
});

describe("attendee pass", () => {
  it("merges the attendee, its registrant and the event", () => {
    const result = expectOk(mapAttendeePass({ describe: describeWith(), region: "na", leadId: 42, attendee: ATTENDEE, registrant: REGISTRANT, event: EVENT, eventId: elite.eventid }));
    expect(result.record).toMatchObject({
      eventid: "311512", email: "xxxxxxxx@on24.com", attendedlive: "Y", attendedarchive: "Y", liveminutes: 40,
      registrationdate: "2015-05-01T16:00:00+00:00", custom1: "s1", campaigncode: "CPM-001", eventtitle: "New Webcast",
    });
    expect(result.key.pass).toBe("attendee");
    expect(result.dedupeKey).toBe("42|311512|49502149");
  });
});

describe("ids typed as the object declares", () => {
  it("sends JSON integers for Integer ids and base-10 strings for String ids", () => {
    const asInteger = expectOk(mapAttendeePass({ describe: keysDescribe("integer", "integer"), region: "na", leadId: "42", attendee: { eventid: "311512", eventuserid: 49502149 } }));
    expect(asInteger.record).toEqual({ personid: 42, eventid: 311512, eventuserid: 49502149 });
    const asString = expectOk(mapAttendeePass({ describe: keysDescribe("string", "string"), region: "eu", leadId: 42, attendee: { eventid: 311512, eventuserid: "049502149" } }));
    expect(asString.record).toEqual({ personid: 42, eventid: "311512", eventuserid: "49502149" });
  });

  it("fails an id too large for an Integer field rather than cutting it", () => {
    const result = mapAttendeePass({ describe: keysDescribe("integer", "integer"), region: "na", leadId: 1, attendee: { eventid: 311512, eventuserid: 3_000_000_000 } });
    expect(result).toMatchObject({ ok: false, code: "invalid_event_user_id" });
  });

  it("refuses Integer ids for a Europe/Global tenant", () => {
    const result = mapAttendeePass({ describe: keysDescribe("integer", "string"), region: "eu", leadId: 1, attendee: { eventid: 1, eventuserid: 2 } });
    expect(result).toMatchObject({ ok: false, code: "id_type_not_allowed" });
  });
});

describe("record failures", () => {
  const describeAll = describeWith(fieldsNamed(KEY_FIELDS));
  const cases: [string, Parameters<typeof mapAttendeePass>[0], string][] = [
    ["no lead", { describe: describeAll, region: "na", leadId: null, attendee: { eventid: 1, eventuserid: 2 } }, "missing_person"],
    ["no eventid anywhere", { describe: describeAll, region: "na", leadId: 1, attendee: { eventuserid: 2 } }, "missing_event_id"],
    ["no eventuserid", { describe: describeAll, region: "na", leadId: 1, attendee: { eventid: 1 } }, "missing_event_user_id"],
    ["a non-numeric eventid", { describe: describeAll, region: "na", leadId: 1, attendee: { eventid: "abc", eventuserid: 2 } }, "invalid_event_id"],
    ["an object without eventuserid", { describe: describeWith(fieldsNamed(["personid", "eventid"])), region: "na", leadId: 1, attendee: { eventid: 1, eventuserid: 2 } }, "missing_dedupe_field"],
  ];
  it.each(cases)("fails the record for %s", (_name, input, code) => {
    const result = mapAttendeePass(input);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });
});

describe("fingerprint", () => {
  const input = { describe: describeWith(), region: "na" as const, leadId: 42, attendee: ATTENDEE, registrant: REGISTRANT, event: EVENT };

  it("is the same for the same mapped values, whatever the key order", () => {
    const first = expectOk(mapAttendeePass(input));
    const reordered = Object.fromEntries(Object.entries(first.record).reverse());
    expect(canonicalJson(reordered)).toBe(canonicalJson(first.record));
    expect(fingerprintRecord(reordered, "attendee")).toBe(first.fingerprint);
    expect(expectOk(mapAttendeePass(input)).fingerprint).toBe(first.fingerprint);
  });

  it("changes when a value or the pass changes", () => {
    const first = expectOk(mapAttendeePass(input));
    const changed = expectOk(mapAttendeePass({ ...input, attendee: { ...ATTENDEE, liveminutes: 41 } }));
    expect(changed.fingerprint).not.toBe(first.fingerprint);
    expect(fingerprintRecord(first.record, "registrant")).not.toBe(first.fingerprint);
    expect(first.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it("ignores ON24 keys the object doesn't define", () => {
    const narrow = { ...input, describe: describeWith(fieldsNamed([...KEY_FIELDS, "liveminutes"])) };
    const a = expectOk(mapAttendeePass(narrow));
    const b = expectOk(mapAttendeePass({ ...narrow, attendee: { ...ATTENDEE, archiveminutes: 999 } }));
    expect(b.fingerprint).toBe(a.fingerprint);
  });
});

describe("every field", () => {
  it("maps the richest example with no warnings against the full table", () => {
    const result = expectOk(mapAttendeePass({ describe: describeWith(), region: "na", leadId: 42, attendee: ATTENDEE, registrant: REGISTRANT, event: EVENT }));
    expect(result.warnings).toEqual([]);
    expect(Object.keys(result.record).every((k) => ALL_FIELD_NAMES.includes(k))).toBe(true);
  });
});
