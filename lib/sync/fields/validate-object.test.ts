import { describe, expect, it } from "vitest";
import { describeWith, fieldsNamed } from "@/lib/sync/mapping/__fixtures__/describes";
import type { CustomObjectDescribe, DescribeField } from "@/lib/sync/mapping/types";
import { blocksSave, type Check } from "./check";
import { validateObjectDescribe } from "./validate-object";
import { validateLeadDescribe } from "./validate-lead";

const OPTIONAL = [
  "email", "attendedlive", "attendedarchive", "eventtitle", "registrationdate", "liveminutes", "archiveminutes", "engagementscore",
  "userprofileurl", "campaigncode", "poll1question", "poll1answer", "firstliveactivity", "answeredpolls",
];

function good(idType: "integer" | "string", extra: DescribeField[] = []): CustomObjectDescribe {
  return describeWith([...fieldsNamed(["personid", "eventid", "eventuserid", ...OPTIONAL], idType), ...extra]);
}

/** Replaces fields by name (case-insensitive) in a describe. */
function withFields(describe: CustomObjectDescribe, changes: Record<string, Partial<DescribeField>>): CustomObjectDescribe {
  return { ...describe, fields: describe.fields.map((f) => ({ ...f, ...changes[f.name] })) };
}

function check(checks: Check[], id: string): Check {
  const found = checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
}

describe("validateObjectDescribe: a well-built object", () => {
  it.each([["na", "integer"], ["na", "string"], ["eu", "string"]] as const)("passes every check (%s, %s ids)", (region, idType) => {
    const checks = validateObjectDescribe(good(idType), region);
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ["co-dedupe-fields", "pass"], ["co-person-link", "pass"], ["co-id-types", "pass"], ["co-field-types", "pass"],
      ["co-field-lengths", "pass"], ["co-unknown-fields", "pass"], ["co-optional-coverage", "pass"],
    ]);
    expect(blocksSave(checks)).toBe(false);
    expect(check(checks, "co-optional-coverage").message).toContain(`defines ${OPTIONAL.length} of the 107 optional ON24 fields`);
  });

  it("accepts the guide example's `object` in place of relatedTo, and any case", () => {
    const describe = { ...good("string"), relationships: [{ field: "PersonId", type: "parent", object: { name: "lead", field: "id" } }] };
    expect(check(validateObjectDescribe(describe, "na"), "co-person-link").status).toBe("pass");
  });
});

describe("validateObjectDescribe: bad schemas", () => {
  it("fails when the dedupe fields are not exactly personid, eventid and eventuserid", () => {
    const missing = check(validateObjectDescribe({ ...good("string"), dedupeFields: ["personid", "eventid"] }, "na"), "co-dedupe-fields");
    expect(missing.status).toBe("fail");
    expect(missing.details).toEqual(["eventuserid is not a dedupe field but must be one."]);
    const extra = check(validateObjectDescribe({ ...good("string"), dedupeFields: ["personid", "eventid", "eventuserid", "email"] }, "na"), "co-dedupe-fields");
    expect(extra.details).toEqual(["email is a dedupe field but must not be one."]);
    expect(missing.message).toContain("Admin › Marketo Custom Objects");
  });

  it("fails when personid does not link to the person's ID", () => {
    const none = check(validateObjectDescribe({ ...good("string"), relationships: [] }, "na"), "co-person-link");
    expect(none).toMatchObject({ status: "fail", message: expect.stringContaining("it is not a link field") });
    const toEmail = { ...good("string"), relationships: [{ field: "personid", relatedTo: { name: "Lead", field: "Email" } }] };
    expect(check(validateObjectDescribe(toEmail, "na"), "co-person-link").message).toContain("it links to Lead Email");
  });

  it("fails and blocks Save when a Europe/Global object declares Integer ids", () => {
    const checks = validateObjectDescribe(good("integer"), "eu");
    const ids = check(checks, "co-id-types");
    expect(ids).toMatchObject({ status: "fail", blocksSave: true });
    expect(ids.details).toEqual(["eventid is Integer: it must be String.", "eventuserid is Integer: it must be String."]);
    expect(blocksSave(checks)).toBe(true);
  });

  it("fails an id type no region allows, and a missing id field", () => {
    const float = withFields(good("string"), { eventuserid: { dataType: "float" } });
    expect(check(validateObjectDescribe(float, "na"), "co-id-types").details).toEqual(["eventuserid is Float: it must be Integer or String."]);
    const missing = { ...good("string"), fields: good("string").fields.filter((f) => f.name !== "eventid") };
    const ids = check(validateObjectDescribe(missing, "na"), "co-id-types");
    expect(ids.details).toEqual(["eventid is missing: add it as a dedupe field of type Integer or String."]);
    expect(ids.blocksSave).toBe(true);
  });

  it("lists each field with a wrong type and its fix", () => {
    const wrong = withFields(good("string"), { engagementscore: { dataType: "integer" }, firstliveactivity: { dataType: "string" }, attendedlive: { dataType: "boolean" } });
    const types = check(validateObjectDescribe(wrong, "na"), "co-field-types");
    expect(types.status).toBe("fail");
    expect(types.details).toEqual([
      "Change attendedlive from Boolean to String.",
      "Change firstliveactivity from String to Datetime.",
      "Change engagementscore from Integer to Float.",
    ]);
    expect(blocksSave(validateObjectDescribe(wrong, "na"))).toBe(false);
  });

  it("warns about a field the API user can't write", () => {
    const readOnly = withFields(good("string"), { liveminutes: { updateable: false } });
    expect(check(validateObjectDescribe(readOnly, "na"), "co-field-types")).toMatchObject({ status: "warning", details: [expect.stringContaining("liveminutes is read-only")] });
  });

  it("fails a String where Text is needed, and only warns about a Text shorter than the seed's size", () => {
    const short = withFields(good("string"), { poll1answer: { dataType: "string", length: 255 }, poll1question: { dataType: "text", length: 2000 } });
    const lengths = check(validateObjectDescribe(short, "na"), "co-field-lengths");
    expect(lengths.status).toBe("fail");
    expect(lengths.details).toEqual([
      "Change poll1answer to Text: it holds 255 characters but ON24 sends up to 1,500.",
      "poll1question holds 2000 characters and ON24 sends up to 3,600; longer values will be cut.",
    ]);
    const textOnly = withFields(good("string"), { poll1question: { dataType: "text", length: 2000 } });
    expect(check(validateObjectDescribe(textOnly, "na"), "co-field-lengths").status).toBe("warning");
  });

  it("says when a too-short link field will drop values rather than cut them", () => {
    const short = withFields(good("string"), { userprofileurl: { length: 100 } });
    expect(check(validateObjectDescribe(short, "na"), "co-field-lengths").details).toEqual([
      "userprofileurl holds 100 characters and ON24 sends up to 255; longer values will be left out.",
    ]);
  });

  it("lists unknown fields as ignored, and warns about likely misspellings", () => {
    const custom = good("string", [{ name: "myScore", dataType: "integer" }]);
    expect(check(validateObjectDescribe(custom, "na"), "co-unknown-fields")).toMatchObject({ status: "pass", details: ["myScore (ignored)"] });
    const typo = good("string", [{ name: "askedquestion", dataType: "integer" }]);
    expect(check(validateObjectDescribe(typo, "na"), "co-unknown-fields")).toMatchObject({
      status: "warning",
      details: [expect.stringContaining("did you mean askedquestions?")],
    });
  });

  it("names the valuable optional fields that are missing", () => {
    const thin = describeWith(fieldsNamed(["personid", "eventid", "eventuserid", "email", "liveminutes"]));
    const coverage = check(validateObjectDescribe(thin, "na"), "co-optional-coverage");
    expect(coverage.status).toBe("warning");
    expect(coverage.message).toContain("defines 2 of the 107 optional ON24 fields");
    expect(coverage.details?.[0]).toBe("archiveminutes (Archive Minutes): how long the person watched on demand.");
    expect(coverage.details).toHaveLength(7);
  });
});

describe("validateLeadDescribe", () => {
  it("passes when pEPURL__c exists and is writable (describe2 or describe)", () => {
    expect(validateLeadDescribe([{ name: "pEPURL__c", dataType: "url", updateable: true }]).status).toBe("pass");
    expect(validateLeadDescribe([{ rest: { name: "pEPURL__c", readOnly: false }, dataType: "url" }]).status).toBe("pass");
  });

  it("warns, explaining Read-Write Person, when it exists but can't be written", () => {
    const result = validateLeadDescribe([{ name: "pepurl__c", dataType: "url", updateable: false }]);
    expect(result).toMatchObject({ status: "warning", message: expect.stringContaining("Read-Write Person") });
  });

  it("warns (it is optional) when the field is missing", () => {
    expect(validateLeadDescribe([{ name: "email", dataType: "email", updateable: true }])).toMatchObject({ id: "lead-pepurl", status: "warning" });
  });
});
