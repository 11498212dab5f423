import { describe, expect, it } from "vitest";
import { describeWith, fieldsNamed } from "./__fixtures__/describes";
import { expectOk, KEY_FIELDS, mapFields } from "./__fixtures__/map-fields";
import { mapAttendeePass } from "./attendee-pass";
import type { DescribeField } from "./types";

describe("C4 datetimes in records", () => {
  it("writes UTC and leaves out an unreadable value with one warning", () => {
    const result = expectOk(mapFields(["firstliveactivity", "lastliveactivity"], {
      firstliveactivity: "2015-05-19T11:01:42-07:00", lastliveactivity: "yesterday-ish",
    }));
    expect(result.record.firstliveactivity).toBe("2015-05-19T18:01:42+00:00");
    expect(result.record).not.toHaveProperty("lastliveactivity");
    expect(result.warnings).toEqual([expect.objectContaining({ field: "lastliveactivity", code: "invalid_datetime" })]);
  });
});

describe("C5 numbers in records", () => {
  it("accepts numeric strings for integers and writes floats as JSON numbers", () => {
    const { record } = expectOk(mapFields(["liveminutes", "engagementscore", "answeredpolls"], { liveminutes: "40", engagementscore: "8.5", answeredpolls: 0 }));
    expect(record).toMatchObject({ liveminutes: 40, engagementscore: 8.5, answeredpolls: 0 });
  });

  it("leaves out integers over 10 digits or outside 32 bits, and non-numbers, each with a warning", () => {
    const result = expectOk(mapFields(["cumulativearchiveminutes", "liveminutes", "archiveminutes"], {
      cumulativearchiveminutes: 12345678901, liveminutes: 3_000_000_000, archiveminutes: "lots",
    }));
    expect(Object.keys(result.record)).toEqual(["personid", "eventid", "eventuserid"]);
    expect(result.warnings.map((w) => [w.field, w.code])).toEqual([
      ["archiveminutes", "invalid_number"], ["cumulativearchiveminutes", "number_out_of_range"], ["liveminutes", "number_out_of_range"],
    ]);
  });
});

describe("fitting the tenant's declared type", () => {
  const map = (fields: DescribeField[], attendee: Record<string, unknown>) =>
    expectOk(mapAttendeePass({ describe: describeWith([...fieldsNamed(KEY_FIELDS), ...fields]), region: "na", leadId: 7, attendee: { eventid: 1, eventuserid: 2, ...attendee } }));

  it("writes numbers into String fields as text and numeric strings into Integer fields as numbers", () => {
    const result = map([{ name: "liveminutes", dataType: "string", length: 255 }, { name: "sourceeventid", dataType: "integer" }], { liveminutes: 40, sourceeventid: 2141380 });
    expect(result.record).toMatchObject({ liveminutes: "40", sourceeventid: 2141380 });
  });

  it("leaves out a value the declared type can't hold, naming the fix", () => {
    const result = map([{ name: "engagementscore", dataType: "integer" }, { name: "registrationdate", dataType: "date" }], { engagementscore: 8.5 });
    expect(result.record).not.toHaveProperty("engagementscore");
    expect(result.warnings).toEqual([
      expect.objectContaining({ field: "engagementscore", code: "type_mismatch", message: expect.stringContaining("change it to Float") }),
    ]);
  });

  it("writes a whole float into an Integer field", () => {
    expect(map([{ name: "engagementscore", dataType: "integer" }], { engagementscore: 8 }).record.engagementscore).toBe(8);
  });

  it("rejects an object where text is expected", () => {
    const result = map([{ name: "campaigncode", dataType: "string" }], { campaigncode: { nested: true } });
    expect(result.warnings).toEqual([expect.objectContaining({ field: "campaigncode", code: "unreadable_value" })]);
  });
});
