import { describe, expect, it } from "vitest";
import { csvCell, customObjectFieldsCsv } from "./fields-csv";

function rows(csv: string): string[] {
  return csv.split("\r\n").filter((line) => line !== "");
}

describe("customObjectFieldsCsv", () => {
  it("lists every table field under a header, with CRLF line ends", () => {
    const csv = customObjectFieldsCsv("na");
    expect(rows(csv)).toHaveLength(111);
    expect(rows(csv)[0]).toBe("API name,Display name,Type,Length");
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(rows(csv)).toContain("poll1answer,Poll 1 Answer,Text,1500");
    expect(rows(csv)).toContain("freetrialwidgetsubmittedtimestamp,Free Trial Widget Submitted Timestamp,Datetime,");
    expect(rows(csv)).toContain("personid,Person ID,Link (Person › ID),");
  });

  it("lets the region decide the eventid and eventuserid types", () => {
    expect(rows(customObjectFieldsCsv("na")).slice(2, 4)).toEqual(["eventid,Event ID,Integer,10", "eventuserid,Event User ID,Integer,10"]);
    expect(rows(customObjectFieldsCsv("na", { naIdType: "string" }))[2]).toBe("eventid,Event ID,String,255");
    expect(rows(customObjectFieldsCsv("eu", { naIdType: "integer" })).slice(2, 4)).toEqual(["eventid,Event ID,String,255", "eventuserid,Event User ID,String,255"]);
  });

  it("quotes cells with commas, quotes or line breaks", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });
});
