import { describe, expect, it } from "vitest";
import { backoffDelay, DEFAULT_RETRY_POLICY, sleepWithin } from "./backoff";

const policy = (random: number) => ({ ...DEFAULT_RETRY_POLICY, random: () => random });

describe("backoffDelay", () => {
  it("doubles per attempt between half and the full step, never above the cap", () => {
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, "611", policy(0)))).toEqual([500, 1_000, 2_000, 4_000]);
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, "611", policy(1)))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(backoffDelay(10, "611", policy(1))).toBe(DEFAULT_RETRY_POLICY.maxDelayMs);
  });

  it("waits at least the rate-limit floor after a 606", () => {
    expect(backoffDelay(1, "606", policy(0))).toBe(DEFAULT_RETRY_POLICY.rateLimitedDelayMs);
    expect(backoffDelay(1, "606", { ...policy(0), rateLimitedDelayMs: 30_000 })).toBe(30_000);
  });
});

describe("sleepWithin", () => {
  it("throws a deadline error instead of sleeping past the deadline", async () => {
    await expect(sleepWithin(1_000, 5_000, () => 4_500)).rejects.toMatchObject({ kind: "deadline" });
  });

  it("sleeps when the deadline leaves room", async () => {
    await expect(sleepWithin(1, Date.now() + 1_000)).resolves.toBeUndefined();
  });
});
