import { describe, expect, it } from "vitest";
import { displayNameFor } from "./display-name";
import { attendeeSpecFromRow, leadSpecFromRow, parseSourcePaths, parseTsv } from "./table-rows";

const HEADER = "field\tapi_name\trequired\tdedupe\tmarketo_type\tmax_length\tsource\trule\tenglish_description\tevidence";

function row(cells: string): Record<string, string> {
  return parseTsv(`${HEADER}\n${cells}`)[0];
}

describe("parseTsv", () => {
  it("reads the header and one object per row, skipping blank lines", () => {
    const rows = parseTsv("a\tb\n1\t2\n\n3\t4\n");
    expect(rows).toEqual([{ a: "1", b: "2" }, { a: "3", b: "4" }]);
  });

  it("refuses a row with the wrong number of cells", () => {
    expect(() => parseTsv("a\tb\n1\t2\t3")).toThrow(/3 cells, expected 2/);
  });
});

describe("attendeeSpecFromRow", () => {
  it("splits 10|255 into digits for integers and characters for strings", () => {
    const spec = attendeeSpecFromRow(row("eventid\teventid\tY\tY\tinteger|string by region\t10|255\tattendee.eventid | path {eventId}\tr\tON24 event id\te"));
    expect(spec).toMatchObject({ marketoType: "id", maxDigits: 10, maxLength: 255, dedupe: true, required: true, truncatable: false, registrantPass: true, group: "key", sourcePaths: null });
  });

  it("accepts the seed's spaced spelling of the free-trial timestamp under the recommended API name", () => {
    const spec = attendeeSpecFromRow(row("FreetrialwidgetsSubmittedtime stamp\tfreetrialwidgetsubmittedtimestamp\tN\tN\tdatetime\t\tattendee.freetrial[k].widgetsubmittedtimestamp (k = latest)\tr\td\te"));
    expect(spec.acceptedNames).toEqual(["freetrialwidgetsubmittedtimestamp", "freetrialwidgetssubmittedtimestamp"]);
    expect(spec.group).toBe("widgets");
    expect(spec.maxLength).toBeNull();
  });

  it("marks URLs and IDs stored as strings as never cut, other strings as cuttable", () => {
    const url = attendeeSpecFromRow(row("userprofileurl\tuserprofileurl\tN\tN\tstring\t255\tattendee.userprofileurl | registrant.userprofileurl\tr\td\te"));
    const code = attendeeSpecFromRow(row("campaigncode\tcampaigncode\tN\tN\tstring\t255\tattendee.campaigncode | registrant.campaigncode\tr\td\te"));
    expect(url.truncatable).toBe(false);
    expect(code.truncatable).toBe(true);
    expect(code.sourcePaths).toEqual([
      { record: "attendee", path: ["campaigncode"] },
      { record: "registrant", path: ["campaigncode"] },
    ]);
  });

  it("rejects an unknown Marketo type", () => {
    expect(() => attendeeSpecFromRow(row("x\tx\tN\tN\tboolean\t\tattendee.x\tr\td\te"))).toThrow(/Unknown marketo_type/);
  });
});

describe("parseSourcePaths", () => {
  it("reads indexed paths and keeps their order", () => {
    expect(parseSourcePaths("attendee.certificationwidgetresult | attendee.certifications[0].certificationresult")).toEqual([
      { record: "attendee", path: ["certificationwidgetresult"] },
      { record: "attendee", path: ["certifications", 0, "certificationresult"] },
    ]);
  });

  it("leaves sources with prose, ranges or sorting to code", () => {
    expect(parseSourcePaths("attendee.polls[0].pollquestion (index after the sort in rule)")).toBeNull();
    expect(parseSourcePaths("attendee.locationvisits[0..9].locationname")).toBeNull();
    expect(parseSourcePaths("computed: Marketo lead id")).toBeNull();
  });
});

describe("leadSpecFromRow", () => {
  it("reads registrant sources and the ON24 constant", () => {
    const header = "on24_field_in_seed\ton24_api_field\tmarketo_lead_field\trule\tevidence";
    const [job, constant] = parseTsv(`${header}\njob_title\tregistrant.jobtitle\ttitle\tTrim\te\n"ON24"\tconstant "ON24"\tleadSource\tLiteral\te`).map(leadSpecFromRow);
    expect(job).toMatchObject({ marketoField: "title", sources: [{ record: "registrant", path: ["jobtitle"] }] });
    expect(constant).toMatchObject({ marketoField: "leadSource", sources: [] });
  });
});

describe("displayNameFor", () => {
  it("splits API names into words with acronyms in capitals", () => {
    expect(displayNameFor("eventuserid")).toBe("Event User ID");
    expect(displayNameFor("answersurveys")).toBe("Answer Surveys");
    expect(displayNameFor("ctadate3")).toBe("CTA Date 3");
    expect(displayNameFor("custom10")).toBe("Custom 10");
    expect(displayNameFor("userprofileurl")).toBe("User Profile URL");
  });

  it("fails loudly on a word it doesn't know", () => {
    expect(() => displayNameFor("zebrafield")).toThrow(/vocabulary/);
  });
});
