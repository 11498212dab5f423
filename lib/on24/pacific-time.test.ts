import { describe, expect, it } from "vitest";
import {
  addDays,
  formatPacific,
  isOn24Day,
  pacificDay,
  pacificDayEnd,
  pacificDayStart,
  pacificOffsetMinutes,
} from "./pacific-time";

describe("Pacific time helpers", () => {
  it("formats instants the way ON24 does, with the offset in force (PDT / PST)", () => {
    expect(formatPacific(Date.parse("2017-09-26T20:38:36Z"))).toBe("2017-09-26T13:38:36-07:00");
    expect(formatPacific(Date.parse("2020-01-21T08:02:29Z"))).toBe("2020-01-21T00:02:29-08:00");
    expect(pacificOffsetMinutes(Date.parse("2024-07-01T00:00:00Z"))).toBe(-420);
    expect(pacificOffsetMinutes(Date.parse("2024-12-01T00:00:00Z"))).toBe(-480);
  });

  it("round-trips ON24 timestamps to the same instant", () => {
    for (const s of ["2015-05-19T11:01:42-07:00", "2021-10-01T05:55:22-08:00", "2024-03-10T03:00:00-07:00"]) {
      const ms = Date.parse(s);
      expect(Date.parse(formatPacific(ms))).toBe(ms);
    }
  });

  it("finds the Pacific day of an instant (not the UTC day)", () => {
    expect(pacificDay(Date.parse("2024-07-02T03:00:00Z"))).toBe("2024-07-01");
    expect(pacificDay(Date.parse("2024-07-02T08:00:00Z"))).toBe("2024-07-02");
  });

  it("gives day bounds, including the 23- and 25-hour DST days", () => {
    expect(pacificDayStart("2024-07-01")).toBe(Date.parse("2024-07-01T07:00:00Z"));
    expect(pacificDayStart("2024-12-01")).toBe(Date.parse("2024-12-01T08:00:00Z"));
    expect(pacificDayEnd("2024-03-10") - pacificDayStart("2024-03-10")).toBe(23 * 3_600_000);
    expect(pacificDayEnd("2024-11-03") - pacificDayStart("2024-11-03")).toBe(25 * 3_600_000);
  });

  it("validates and shifts days", () => {
    expect(isOn24Day("2024-02-29")).toBe(true);
    expect(isOn24Day("2023-02-29")).toBe(false);
    expect(isOn24Day("2024-2-1")).toBe(false);
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
  });
});
