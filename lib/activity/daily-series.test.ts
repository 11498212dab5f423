import { describe, expect, it } from "vitest";
import { fillDays, windowStart } from "./daily-series";

const NOW = new Date("2025-03-10T15:30:00Z");

describe("windowStart", () => {
  it("starts at UTC midnight so that today is the last of the days", () => {
    expect(windowStart(NOW, 30).toISOString()).toBe("2025-02-09T00:00:00.000Z");
    expect(windowStart(NOW, 1).toISOString()).toBe("2025-03-10T00:00:00.000Z");
  });
});

describe("fillDays", () => {
  it("returns every day of the window, with zeros where nothing ran", () => {
    const points = fillDays([{ day: "2025-03-09", mapped: 30, failed: 10, warnings: 2, skipped: 1 }], NOW, 3);
    expect(points.map((p) => p.day)).toEqual(["2025-03-08", "2025-03-09", "2025-03-10"]);
    expect(points[0]).toEqual({ day: "2025-03-08", mapped: 0, failed: 0, warnings: 0, skipped: 0, failureRate: null });
    expect(points[1]).toMatchObject({ mapped: 30, failed: 10, failureRate: 0.25 });
  });

  it("crosses month ends and ignores totals outside the window", () => {
    const points = fillDays([{ day: "2025-01-01", mapped: 5, failed: 0, warnings: 0, skipped: 0 }], new Date("2025-03-01T00:00:00Z"), 2);
    expect(points.map((p) => p.day)).toEqual(["2025-02-28", "2025-03-01"]);
    expect(points.every((p) => p.mapped === 0)).toBe(true);
  });

  it("gives a failure rate of 1 when everything failed", () => {
    expect(fillDays([{ day: "2025-03-10", mapped: 0, failed: 4, warnings: 0, skipped: 0 }], NOW, 1)[0].failureRate).toBe(1);
  });
});
