import { describe, expect, it } from "vitest";
import { describeWith, fieldsNamed } from "./__fixtures__/describes";
import { mapAttendeePass } from "./attendee-pass";
import { mapRegistrantPass } from "./registrant-pass";
import type { DescribeField, MapResult, On24Record } from "./types";

const KEYS = ["personid", "eventid", "eventuserid"];
const BASE = { eventid: 311512, eventuserid: 49502149, email: "ada@example.com" };

function mapWith(fields: DescribeField[], attendee: On24Record, registrant?: On24Record): MapResult {
  return mapAttendeePass({ describe: describeWith(fields), region: "na", leadId: 7, attendee: { ...BASE, ...attendee }, registrant });
}

function okRecord(result: MapResult) {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`);
  return result;
}

describe("C1 omit, never blank", () => {
  it("leaves out missing, null, empty and whitespace-only values", () => {
    const result = okRecord(
      mapWith(fieldsNamed([...KEYS, "campaigncode", "sourcecampaigncode", "partnerref", "liveminutes", "engagementscore"]), {
        campaigncode: "   ", sourcecampaigncode: null, liveminutes: "", engagementscore: undefined,
      }),
    );
    expect(Object.keys(result.record).sort()).toEqual(["eventid", "eventuserid", "personid"]);
    expect(result.warnings).toEqual([]);
  });

  it("always sends attendedlive/attendedarchive on attendee upserts, as N when nothing was watched", () => {
    const result = okRecord(mapWith(fieldsNamed([...KEYS, "attendedlive", "attendedarchive"]), {}));
    expect(result.record).toMatchObject({ attendedlive: "N", attendedarchive: "N" });
  });

  it("never sends the attended flags from the registrant pass", () => {
    const result = okRecord(
      mapRegistrantPass({ describe: describeWith(fieldsNamed([...KEYS, "attendedlive", "attendedarchive", "email"])), region: "na", leadId: 7, registrant: BASE }),
    );
    expect(result.record).not.toHaveProperty("attendedlive");
    expect(result.record).not.toHaveProperty("attendedarchive");
    expect(result.record.email).toBe("ada@example.com");
  });
});

describe("C2 only fields the tenant defines", () => {
  it("matches names case-insensitively and sends them as describe spells them", () => {
    const fields: DescribeField[] = [
      { name: "PersonID", dataType: "link" },
      { name: "EventId", dataType: "integer" },
      { name: "EVENTUSERID", dataType: "string", length: 255 },
      { name: "LiveMinutes", dataType: "integer" },
    ];
    const result = okRecord(mapWith(fields, { liveminutes: 40 }));
    expect(result.record).toEqual({ PersonID: 7, EventId: 311512, EVENTUSERID: "49502149", LiveMinutes: 40 });
  });

  it("skips table fields the object lacks without a warning, and ignores fields the table doesn't know", () => {
    const fields = [...fieldsNamed(KEYS), { name: "myOwnField", dataType: "string", length: 255 }];
    const result = okRecord(mapWith(fields, { liveminutes: 40, campaigncode: "CPM-001", myOwnField: "x" }));
    expect(Object.keys(result.record).sort()).toEqual(["eventid", "eventuserid", "personid"]);
    expect(result.warnings).toEqual([]);
  });

  it("does not write a non-dedupe field the API user can't update", () => {
    const fields = [...fieldsNamed(KEYS), { name: "liveminutes", dataType: "integer", updateable: false }];
    expect(okRecord(mapWith(fields, { liveminutes: 40 })).record).not.toHaveProperty("liveminutes");
  });

  it("resolves the seed's spaced free-trial timestamp under either spelling", () => {
    const freetrial = [{ widgetname: "Free Trial", widgetsubmittedtimestamp: "2016-01-01T11:07:23-07:00" }];
    for (const name of ["freetrialwidgetsubmittedtimestamp", "FreetrialwidgetsSubmittedtimestamp"]) {
      const result = okRecord(mapWith([...fieldsNamed(KEYS), { name, dataType: "datetime" }], { freetrial }));
      expect(result.record[name]).toBe("2016-01-01T18:07:23+00:00");
    }
  });
});

describe("C3 length", () => {
  it("uses the smaller of the table's and the describe's length, cutting by code points with a warning", () => {
    const fields = [...fieldsNamed(KEYS), { name: "campaigncode", dataType: "string", length: 5 }];
    const result = okRecord(mapWith(fields, { campaigncode: "😀bcdefgh" }));
    expect(result.record.campaigncode).toBe("😀bcde");
    expect(result.warnings).toEqual([expect.objectContaining({ field: "campaigncode", code: "truncated" })]);
  });

  it("applies the table's limit when describe reports a longer one", () => {
    const fields = [...fieldsNamed(KEYS), { name: "poll1answer", dataType: "text", length: 30000 }];
    const result = okRecord(mapWith(fields, { polls: [{ pollquestion: "Q", pollanswers: ["x".repeat(2000)] }] }));
    expect(Array.from(String(result.record.poll1answer))).toHaveLength(1500);
  });

  it("never cuts an email or a URL: it leaves them out with a warning", () => {
    const fields = [...fieldsNamed(KEYS), { name: "email", dataType: "email", length: 12 }, { name: "userprofileurl", dataType: "string", length: 20 }];
    const result = okRecord(mapWith(fields, { email: "someone@example.com", userprofileurl: "https://data.on24.com/webcast/lead?token=abc" }));
    expect(result.record).not.toHaveProperty("email");
    expect(result.record).not.toHaveProperty("userprofileurl");
    expect(result.warnings.map((w) => [w.field, w.code])).toEqual([["email", "too_long"], ["userprofileurl", "too_long"]]);
  });

  it("fails the record when a dedupe id doesn't fit its field", () => {
    const fields: DescribeField[] = [{ name: "personid", dataType: "link" }, { name: "eventid", dataType: "string", length: 4 }, { name: "eventuserid", dataType: "string", length: 255 }];
    const result = mapWith(fields, {});
    expect(result).toMatchObject({ ok: false, code: "invalid_event_id" });
  });
});
