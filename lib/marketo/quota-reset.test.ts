import { describe, expect, it } from "vitest";
import { chicagoDay, nextQuotaReset } from "./quota-reset";

describe("nextQuotaReset (midnight America/Chicago)", () => {
  it.each([
    // Standard time (UTC-6)
    ["2026-01-15T12:00:00Z", "2026-01-16T06:00:00.000Z"],
    ["2026-01-16T05:59:59Z", "2026-01-16T06:00:00.000Z"],
    ["2026-01-16T06:00:00Z", "2026-01-17T06:00:00.000Z"],
    // Daylight time (UTC-5)
    ["2026-07-04T04:30:00Z", "2026-07-04T05:00:00.000Z"],
    ["2026-07-04T05:00:00Z", "2026-07-05T05:00:00.000Z"],
    // Spring forward on 2026-03-08 at 02:00 local: the midnight before is CST, the one after CDT
    ["2026-03-08T05:30:00Z", "2026-03-08T06:00:00.000Z"],
    ["2026-03-08T12:00:00Z", "2026-03-09T05:00:00.000Z"],
    // Fall back on 2026-11-01 at 02:00 local: the midnight before is CDT, the one after CST
    ["2026-10-31T12:00:00Z", "2026-11-01T05:00:00.000Z"],
    ["2026-11-01T12:00:00Z", "2026-11-02T06:00:00.000Z"],
    // Year end
    ["2026-12-31T23:00:00Z", "2027-01-01T06:00:00.000Z"],
  ])("from %s the quota resets at %s", (now, expected) => {
    expect(nextQuotaReset(new Date(now)).toISOString()).toBe(expected);
  });

  it("names the Chicago calendar day, not the UTC one", () => {
    expect(chicagoDay(Date.parse("2026-07-04T03:00:00Z"))).toBe("2026-07-03");
    expect(chicagoDay(Date.parse("2026-07-04T06:00:00Z"))).toBe("2026-07-04");
  });
});
