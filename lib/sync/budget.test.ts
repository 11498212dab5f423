import { describe, expect, it } from "vitest";
import { createBudget, FINISH_RESERVE_MS } from "./budget";

describe("run budget", () => {
  it("starts a step only if the slowest one seen so far still fits before the deadline with the finishing reserve", async () => {
    let now = 0;
    const budget = createBudget(10_000, () => now);
    expect(budget.clientDeadline).toBe(10_000 - FINISH_RESERVE_MS);
    expect(budget.canStart("page", "batch")).toBe(true);
    await budget.time("batch", async () => {
      now += 3_000;
    });
    // 3 s × 1.25 headroom + 1.5 s reserve must fit in what is left.
    now = 10_000 - FINISH_RESERVE_MS - 3_750;
    expect(budget.canStart("batch")).toBe(true);
    now += 1;
    expect(budget.canStart("batch")).toBe(false);
  });

  it("remembers the slowest step, not the last", async () => {
    let now = 0;
    const budget = createBudget(100_000, () => now);
    await budget.time("page", async () => void (now += 4_000));
    await budget.time("page", async () => void (now += 1_000));
    // 4 s × 1.25 does not fit in 4.999 s (1 s, the last step, would).
    now = 100_000 - FINISH_RESERVE_MS - 4_999;
    expect(budget.canStart("page")).toBe(false);
  });
});
