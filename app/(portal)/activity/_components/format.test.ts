import { describe, expect, it } from "vitest";
import { formatCount, formatDuration, formatPercent } from "./format";

const at = (s: number) => new Date(Date.UTC(2025, 0, 1) + s * 1000);

describe("formatDuration", () => {
  it("reads as seconds, minutes or hours", () => {
    expect(formatDuration(at(0), at(45))).toBe("45 s");
    expect(formatDuration(at(0), at(185))).toBe("3 min 05 s");
    expect(formatDuration(at(0), at(7440))).toBe("2 h 04 min");
  });

  it("is empty until the run has started and finished", () => {
    expect(formatDuration(null, at(5))).toBeNull();
    expect(formatDuration(at(5), null)).toBeNull();
  });
});

describe("numbers", () => {
  it("groups thousands and shows small rates with a decimal", () => {
    expect(formatCount(1234567)).toBe("1,234,567");
    expect(formatPercent(0.25)).toBe("25%");
    expect(formatPercent(0.034)).toBe("3.4%");
    expect(formatPercent(0)).toBe("0%");
  });
});
