import { describe, expect, it } from "vitest";
import { jsonBytes, MAX_BATCH, MAX_BODY_BYTES, splitForLimits } from "./limits";

const bodyOf = (batch: string[]) => ({ input: batch });

describe("splitForLimits", () => {
  it("cuts at 300 records per call", () => {
    const { batches, oversized } = splitForLimits(Array.from({ length: 601 }, (_, i) => `r${i}`), bodyOf);
    expect(batches.map((b) => b.length)).toEqual([MAX_BATCH, MAX_BATCH, 1]);
    expect(oversized).toEqual([]);
  });

  it("halves a batch until each body fits in 1 MB, keeping the order", () => {
    const items = Array.from({ length: 300 }, (_, i) => `${i}:`.padEnd(10_000, "x"));
    const { batches } = splitForLimits(items, bodyOf);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) expect(jsonBytes(bodyOf(batch))).toBeLessThanOrEqual(MAX_BODY_BYTES);
    expect(batches.flat()).toEqual(items);
  });

  it("returns an item too large on its own instead of sending it", () => {
    const huge = "h".repeat(MAX_BODY_BYTES);
    const { batches, oversized } = splitForLimits(["a", huge, "b"], bodyOf);
    expect(oversized).toEqual([huge]);
    expect(batches.flat()).toEqual(["a", "b"]);
  });
});
