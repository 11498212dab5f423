// fast-check generators for the mapping's property tests: tenant describes built from random subsets of
// the table (random spellings, types and lengths) and ON24 records full of awkward values.
import fc from "fast-check";
import { ATTENDEE_FIELDS } from "@/lib/sync/fields/attendee-fields";
import type { AttendeeFieldSpec } from "@/lib/sync/fields/field-spec";
import type { CustomObjectDescribe, DescribeField, On24Record } from "../types";

const KEY_SPECS = ATTENDEE_FIELDS.filter((s) => s.dedupe);
const OPTIONAL_SPECS = ATTENDEE_FIELDS.filter((s) => !s.dedupe);
const OTHER_TYPES = ["string", "text", "integer", "float", "datetime", "email", "boolean", "date", "currency", "phone"];

const casing = fc.constantFrom<(name: string) => string>(
  (n) => n,
  (n) => n.toUpperCase(),
  (n) => n[0].toUpperCase() + n.slice(1),
  (n) => n.replace(/id$/, "Id"),
);

function fieldFor(spec: AttendeeFieldSpec): fc.Arbitrary<DescribeField> {
  const tableType = spec.marketoType === "id" ? fc.constantFrom("integer", "string") : fc.constant(spec.marketoType);
  return fc.record({
    name: fc.tuple(fc.constantFrom(...spec.acceptedNames), casing).map(([name, cased]) => cased(name)),
    // Wrong key types fail every record; keep them rare so most runs exercise the other fields.
    dataType: fc.oneof({ weight: spec.dedupe ? 30 : 4, arbitrary: tableType }, { weight: 1, arbitrary: fc.constantFrom(...OTHER_TYPES) }),
    length: fc.option(fc.integer({ min: 1, max: 4000 }), { nil: undefined }),
    updateable: fc.option(fc.boolean(), { nil: undefined }),
  });
}

export const describeArb: fc.Arbitrary<CustomObjectDescribe> = fc
  .tuple(
    fc.oneof({ weight: 9, arbitrary: fc.constant(KEY_SPECS) }, { weight: 1, arbitrary: fc.subarray(KEY_SPECS) }),
    fc.subarray(OPTIONAL_SPECS),
    fc.subarray([{ name: "myOwnField", dataType: "string", length: 10 }, { name: "liveminutesTotal", dataType: "integer" }]),
  )
  .chain(([keys, optional, unknown]) =>
    fc.tuple(...[...keys, ...optional].map(fieldFor)).map((fields) => ({
      name: "oN24Attendee_c",
      dedupeFields: ["personid", "eventid", "eventuserid"],
      fields: [...fields, ...unknown],
    })),
  );

const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", "   ", "\t\n", "\u00a0", "CPM-001", "ada@example.com", "49502149-deleted", "https://data.on24.com/webcast/lead?token=abc"),
  fc.string({ unit: "grapheme", minLength: 200, maxLength: 4000 }),
  fc.string({ unit: fc.constantFrom("a", " ", "😀", "\n"), minLength: 1, maxLength: 2000 }),
);
const number = fc.oneof(
  fc.integer(),
  fc.integer({ min: 0, max: 100 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(2_147_483_648, 12_345_678_901, -0, 8.5),
);
const datetime = fc.oneof(
  fc.date({ min: new Date("1990-01-01"), max: new Date("2035-01-01"), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom("2015-05-19T11:01:42-07:00", "2015-05-19T09:20:48-08:00", "Mon, 30 Mar 2009 12:27 PDT", "2021-03-14T02:30:00", "2024-02-30T00:00:00Z", "soon"),
);
/** Anything ON24 (or a broken proxy) might put in a field. */
export const valueArb: fc.Arbitrary<unknown> = fc.oneof(
  text, number, datetime, fc.constant(null), fc.constant(undefined), fc.boolean(),
  number.map(String), fc.constantFrom({ nested: true }, ["a", "b"]),
);

const SCALAR_KEYS = [
  "email", "answeredpolls", "answeredsurveys", "archiveminutes", "archiveviewed", "askedquestions", "liveminutes", "liveviewed",
  "certificationwidgetresult", "certificationcredit", "testwidgetresult", "cumulativearchiveminutes", "campaigncode",
  "sourcecampaigncode", "firstarchiveactivity", "firstliveactivity", "lastarchiveactivity", "lastliveactivity", "engagementscore",
  "resourcesdownloaded", "userprofileurl", "partnerref", "sourceeventid", "createtimestamp",
  ...Array.from({ length: 10 }, (_, i) => `std${i + 1}`),
];

const elements = (shape: Record<string, fc.Arbitrary<unknown>>) =>
  fc.array(fc.oneof({ weight: 9, arbitrary: fc.record(shape, { requiredKeys: [] }) }, { weight: 1, arbitrary: valueArb }), { maxLength: 7 });
const widget = elements({ widgetname: valueArb, widgettype: valueArb, widgetaction: valueArb, widgetsubmittedtimestamp: datetime });
const answers = fc.array(valueArb, { maxLength: 4 });
const detail = fc.array(fc.record({ answer: valueArb }, { requiredKeys: [] }), { maxLength: 3 });

const ARRAY_KEYS: Record<string, fc.Arbitrary<unknown>> = {
  polls: elements({ pollquestion: valueArb, pollanswers: answers, pollanswersdetail: detail, pollsubmittedtimestamp: datetime }),
  resources: elements({ resourceid: valueArb, resourceviewed: valueArb, resourceviewedtimestamp: datetime }),
  calltoactions: elements({ ctaname: valueArb, date: datetime }),
  surveys: elements({
    surveysubmittedtimestamp: datetime,
    surveyquestions: elements({ surveyquestion: valueArb, surveyanswers: answers, surveyanswersdetail: detail }),
  }),
  questions: elements({ content: valueArb, createtimestamp: datetime, answer: fc.option(fc.record({ content: valueArb }, { requiredKeys: [] })) }),
  breakouts: elements({ breakoutid: valueArb, breakoutname: valueArb, breakoutrole: valueArb, breakoutcumulativeliveminutes: valueArb }),
  locationvisits: elements({ locationname: valueArb, locationcode: valueArb }),
  testwidgets: elements({ testwidgetresult: valueArb }),
  certifications: elements({ certificationresult: valueArb, certificationcredit: valueArb }),
  meetingconversions: widget, democonversions: widget, contactus: widget, freetrial: widget, getpricing: widget,
};

const idArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 2_147_483_647 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 2_147_483_647 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom(3_000_000_000, "abc", "", null, -4, 1.5, "0042") },
);

export const recordArb: fc.Arbitrary<On24Record> = fc
  .tuple(
    fc.record(Object.fromEntries(SCALAR_KEYS.map((k) => [k, valueArb])), { requiredKeys: [] }),
    fc.record(ARRAY_KEYS, { requiredKeys: [] }),
    fc.record({ eventid: idArb, eventuserid: idArb }, { requiredKeys: [] }),
  )
  .map(([scalars, arrays, ids]) => ({ ...scalars, ...arrays, ...ids }));

export const eventArb: fc.Arbitrary<On24Record> = fc.record({ description: valueArb, eventname: valueArb, campaigncode: valueArb }, { requiredKeys: [] });
export const leadIdArb: fc.Arbitrary<string | number | null> = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 1, max: 2_000_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, "abc", "77", 99_999_999_999) },
);
