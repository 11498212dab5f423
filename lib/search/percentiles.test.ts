import { describe, expect, it } from "vitest";
import { percentile } from "./percentiles";

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted on purpose
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([7, 3, 5], 50)).toBe(5);
    expect(percentile([4], 95)).toBe(4);
  });

  it("refuses an empty sample", () => {
    expect(() => percentile([], 50)).toThrow();
  });
});
