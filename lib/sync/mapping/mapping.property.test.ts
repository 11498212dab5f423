// Property-based tests (fast-check) of the oN24Attendee_c mapping against arbitrary tenants and records.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ATTENDEE_FIELDS } from "@/lib/sync/fields/attendee-fields";
import type { AttendeeFieldSpec } from "@/lib/sync/fields/field-spec";
import { describeArb, eventArb, leadIdArb, recordArb } from "./__fixtures__/arbitraries";
import { mapAttendeePass } from "./attendee-pass";
import { codePointLength } from "./text-limits";
import { mapRegistrantPass } from "./registrant-pass";
import type { CustomObjectDescribe, DescribeField, MapResult } from "./types";

const RUNS = { numRuns: 300 };
const TEXT_TYPES = ["string", "text", "email", "phone", "url"];
const MARKETO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/;

/** The table field a describe name stands for (names match case-insensitively). */
function specFor(name: string): AttendeeFieldSpec | undefined {
  return ATTENDEE_FIELDS.find((s) => s.acceptedNames.includes(name.toLowerCase()));
}

function fieldNamed(describe: CustomObjectDescribe, name: string): DescribeField {
  const field = describe.fields.find((f) => f.name === name);
  if (!field) throw new Error(`record holds ${name}, which the object lacks`);
  return field;
}

/** The invariants every mapped record must keep, whatever went in. */
function checkRecord(describe: CustomObjectDescribe, result: MapResult): void {
  if (!result.ok) {
    expect(result.message.trim()).not.toBe("");
    return;
  }
  for (const [name, value] of Object.entries(result.record)) {
    const field = fieldNamed(describe, name); // never a field the object lacks
    const spec = specFor(name);
    expect(spec).toBeDefined(); // never a field the table doesn't know
    expect(value === null || value === undefined).toBe(false); // never blank
    if (typeof value === "string") {
      expect(value.trim()).not.toBe("");
      const length = codePointLength(value);
      if (spec?.maxLength != null) expect(length).toBeLessThanOrEqual(spec.maxLength);
      // Marketo's lengths are character limits of text-like types; a length on a Datetime field means nothing.
      if (TEXT_TYPES.includes(field.dataType) && field.length && field.length > 0) expect(length).toBeLessThanOrEqual(field.length);
      if (field.dataType === "datetime") expect(value).toMatch(MARKETO_DATETIME);
    } else {
      expect(Number.isFinite(value)).toBe(true);
      if (["integer", "link"].includes(field.dataType)) {
        expect(Number.isInteger(value)).toBe(true);
        expect(Math.abs(value)).toBeLessThanOrEqual(2_147_483_648);
      }
    }
  }
  const dedupe = describe.fields.filter((f) => specFor(f.name)?.dedupe).map((f) => f.name);
  expect(dedupe).toHaveLength(3);
  for (const name of dedupe) expect(result.record).toHaveProperty([name]); // dedupe fields always present
}

describe("mapping properties", () => {
  it("attendee pass: bounded lengths, only defined fields, no blanks, dedupe fields present", () => {
    fc.assert(
      fc.property(describeArb, recordArb, fc.option(recordArb, { nil: undefined }), eventArb, leadIdArb, (describe, attendee, registrant, event, leadId) => {
        const result = mapAttendeePass({ describe, region: "na", leadId, attendee, registrant, event });
        checkRecord(describe, result);
      }),
      RUNS,
    );
  });

  it("registrant pass: never writes an attendee-derived field, even from a registrant carrying attendee keys", () => {
    fc.assert(
      fc.property(describeArb, recordArb, eventArb, leadIdArb, (describe, registrant, event, leadId) => {
        const result = mapRegistrantPass({ describe, region: "na", leadId, registrant, event });
        checkRecord(describe, result);
        if (result.ok) {
          for (const name of Object.keys(result.record)) expect(specFor(name)?.registrantPass).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("Europe/Global: an id written to Marketo is always a string", () => {
    fc.assert(
      fc.property(describeArb, recordArb, leadIdArb, (describe, attendee, leadId) => {
        const result = mapAttendeePass({ describe, region: "eu", leadId, attendee });
        checkRecord(describe, result);
        if (result.ok) {
          for (const [name, value] of Object.entries(result.record)) {
            if (specFor(name)?.marketoType === "id") expect(typeof value).toBe("string");
          }
        }
      }),
      RUNS,
    );
  });

  it("is deterministic: the same input gives the same record and fingerprint", () => {
    fc.assert(
      fc.property(describeArb, recordArb, recordArb, leadIdArb, (describe, attendee, registrant, leadId) => {
        const first = mapAttendeePass({ describe, region: "na", leadId, attendee, registrant });
        const again = mapAttendeePass({ describe: structuredClone(describe), region: "na", leadId, attendee: structuredClone(attendee), registrant });
        expect(again).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});
