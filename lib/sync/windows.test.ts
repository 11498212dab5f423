import { describe, expect, it } from "vitest";
import { ATTENDEE_OVERLAP_MS, FIRST_RUN_LOOKBACK_MS, REGISTRANT_OVERLAP_MS, windowFrom, windowInstants } from "./windows";

// 2026-03-10 09:00 UTC = 02:00 PDT (the day after the switch to daylight time).
const NOW = Date.parse("2026-03-10T09:00:00Z");

describe("incremental windows", () => {
  it("a first run reads the last week, up to today (Pacific days)", () => {
    expect(FIRST_RUN_LOOKBACK_MS).toBe(7 * 86_400_000);
    expect(windowFrom(undefined, REGISTRANT_OVERLAP_MS, NOW)).toEqual({ startDate: "2026-03-03", endDate: "2026-03-10" });
  });

  it("later runs start from the high-water mark minus the pass's overlap", () => {
    // 15 minutes back from 00:10 Pacific is the previous Pacific day.
    expect(windowFrom("2026-03-10T07:10:00Z", REGISTRANT_OVERLAP_MS, NOW)).toEqual({ startDate: "2026-03-09", endDate: "2026-03-10" });
    expect(windowFrom("2026-03-10T08:30:00Z", REGISTRANT_OVERLAP_MS, NOW)).toEqual({ startDate: "2026-03-10", endDate: "2026-03-10" });
    // Attendees: a whole day back, for ON24's up-to-24-hour lag.
    expect(windowFrom("2026-03-10T08:30:00Z", ATTENDEE_OVERLAP_MS, NOW)).toEqual({ startDate: "2026-03-09", endDate: "2026-03-10" });
  });

  it("a mark in the future (a clock that went back) never makes the window start after it ends", () => {
    expect(windowFrom("2026-04-01T00:00:00Z", REGISTRANT_OVERLAP_MS, NOW)).toEqual({ startDate: "2026-03-10", endDate: "2026-03-10" });
  });

  it("process window columns span the days, capped at the cycle's start", () => {
    const { start, end } = windowInstants([{ startDate: "2026-03-09", endDate: "2026-03-10" }, { startDate: "2026-03-03", endDate: "2026-03-10" }], NOW);
    expect(start!.toISOString()).toBe("2026-03-03T08:00:00.000Z");
    expect(end!.toISOString()).toBe("2026-03-10T09:00:00.000Z");
    expect(windowInstants([{ startDate: "2026-03-01", endDate: "2026-03-02" }]).end!.toISOString()).toBe("2026-03-03T08:00:00.000Z");
  });
});
