import { describe, expect, it } from "vitest";
import { parseOn24DateTime, toMarketoDateTime } from "./dates";

describe("toMarketoDateTime (C4)", () => {
  it("keeps the instant an ISO offset states and writes UTC with +00:00", () => {
    expect(toMarketoDateTime("2015-05-19T11:01:42-07:00")).toBe("2015-05-19T18:01:42+00:00");
    expect(toMarketoDateTime("2015-05-19T11:01:42Z")).toBe("2015-05-19T11:01:42+00:00");
    expect(toMarketoDateTime("2015-05-19T11:01:42+0530")).toBe("2015-05-19T05:31:42+00:00");
  });

  it("does not repair an odd offset such as -08:00 in May", () => {
    expect(toMarketoDateTime("2015-05-19T09:20:48-08:00")).toBe("2015-05-19T17:20:48+00:00");
  });

  it("reads a value without offset as Los Angeles time, summer and winter", () => {
    expect(toMarketoDateTime("2021-07-01T10:00:00")).toBe("2021-07-01T17:00:00+00:00");
    expect(toMarketoDateTime("2021-01-15T10:00:00")).toBe("2021-01-15T18:00:00+00:00");
    expect(toMarketoDateTime("2015-05-19 11:01")).toBe("2015-05-19T18:01:00+00:00");
  });

  it("follows the pre-2007 US daylight rules for values without offset", () => {
    // 2006: daylight time began on 2 April, so 20 March was still PST (-08:00).
    expect(toMarketoDateTime("2006-03-20T12:00:00")).toBe("2006-03-20T20:00:00+00:00");
    expect(toMarketoDateTime("2006-04-03T12:00:00")).toBe("2006-04-03T19:00:00+00:00");
  });

  it("gives a stable instant for wall times in the DST gap and overlap", () => {
    expect(toMarketoDateTime("2021-11-07T01:30:00")).toBe("2021-11-07T08:30:00+00:00");
    expect(toMarketoDateTime("2021-03-14T02:30:00")).toBe(toMarketoDateTime("2021-03-14T02:30:00"));
    expect(toMarketoDateTime("2021-03-14T02:30:00")).toMatch(/^2021-03-14T(09|10):30:00\+00:00$/);
  });

  it("accepts the seed's legacy form with PDT/PST, or no zone", () => {
    expect(toMarketoDateTime("Mon, 30 Mar 2009 12:27 PDT")).toBe("2009-03-30T19:27:00+00:00");
    expect(toMarketoDateTime("Mon, 15 Dec 2008 12:27 PST")).toBe("2008-12-15T20:27:00+00:00");
    expect(toMarketoDateTime("30 Mar 2009 12:27")).toBe("2009-03-30T19:27:00+00:00");
  });

  it("drops fractional seconds", () => {
    expect(toMarketoDateTime("2015-05-19T11:01:42.987Z")).toBe("2015-05-19T11:01:42+00:00");
  });

  it("returns null for anything it cannot read", () => {
    for (const bad of ["garbage", "2024-02-30T00:00:00Z", "2015-13-01T00:00:00Z", "2015-05-19T25:00:00Z", "Jan 01, 2016 10:00 AM", "2015-05-19T11:01:42+19:00", "32 Mar 2009 12:27 PDT", "30 Mar 2009 12:27 XYZ", 1431_000_000, null, ""]) {
      expect(toMarketoDateTime(bad), String(bad)).toBeNull();
    }
  });

  it("parses to epoch milliseconds for sorting", () => {
    expect(parseOn24DateTime("1970-01-01T00:00:01Z")).toBe(1000);
    expect(parseOn24DateTime("not a date")).toBeNull();
  });
});
