import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MarketoError } from "./errors";
import { createMarketoLimiter, getSharedMarketoLimiter } from "./limiter";

beforeEach(() => vi.useFakeTimers({ now: Date.parse("2026-05-01T00:00:00Z") }));
afterEach(() => vi.useRealTimers());

/** Resolves on the next microtask turns, so granted acquisitions show up. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe("createMarketoLimiter", () => {
  it("lets at most maxConcurrent calls run at once", async () => {
    const limiter = createMarketoLimiter({ maxCalls: 100, windowMs: 20_000, maxConcurrent: 2 });
    const granted: (() => void)[] = [];
    for (let i = 0; i < 3; i++) void limiter.acquire().then((release) => granted.push(release));
    await settle();
    expect(granted).toHaveLength(2);
    expect(limiter.snapshot()).toMatchObject({ inFlight: 2, queued: 1 });
    granted[0]();
    await settle();
    expect(granted).toHaveLength(3);
  });

  it("keeps a finished call in the window until windowMs after it ended", async () => {
    const limiter = createMarketoLimiter({ maxCalls: 2, windowMs: 1_000, maxConcurrent: 5 });
    (await limiter.acquire())();
    await vi.advanceTimersByTimeAsync(300);
    (await limiter.acquire())();
    let third = false;
    void limiter.acquire().then(() => (third = true));
    await vi.advanceTimersByTimeAsync(650);
    expect(third).toBe(false); // the first call ended 950 ms ago: still inside the window
    await vi.advanceTimersByTimeAsync(100);
    expect(third).toBe(true);
  });

  it("counts a call still in flight against the window however long it runs", async () => {
    const limiter = createMarketoLimiter({ maxCalls: 1, windowMs: 1_000, maxConcurrent: 5 });
    const release = await limiter.acquire();
    let second = false;
    void limiter.acquire().then(() => (second = true));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(second).toBe(false);
    release();
    await vi.advanceTimersByTimeAsync(999);
    expect(second).toBe(false);
    await vi.advanceTimersByTimeAsync(10);
    expect(second).toBe(true);
  });

  it("gives up with a deadline error instead of waiting past the deadline", async () => {
    const limiter = createMarketoLimiter({ maxCalls: 1, windowMs: 60_000, maxConcurrent: 5 });
    (await limiter.acquire())();
    const waiting = limiter.acquire({ deadline: Date.now() + 500 });
    const outcome = waiting.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(500);
    const error = await outcome;
    expect(error).toBeInstanceOf(MarketoError);
    expect(error).toMatchObject({ kind: "deadline", retryable: true });
    expect(limiter.snapshot().queued).toBe(0);
  });

  it("refuses at once when the deadline has already passed", async () => {
    const limiter = createMarketoLimiter({ maxCalls: 5, windowMs: 1_000, maxConcurrent: 5 });
    await expect(limiter.acquire({ deadline: Date.now() - 1 })).rejects.toMatchObject({ kind: "deadline" });
  });

  it("releasing twice frees only one slot", async () => {
    const limiter = createMarketoLimiter({ maxCalls: 100, windowMs: 1_000, maxConcurrent: 1 });
    const release = await limiter.acquire();
    release();
    release();
    expect(limiter.snapshot().inFlight).toBe(0);
    await limiter.acquire();
    expect(limiter.snapshot().inFlight).toBe(1);
  });

  it("defaults to the env budget (50 per 20 s, 5 in flight)", () => {
    expect(createMarketoLimiter().config).toEqual({ maxCalls: 50, windowMs: 20_000, maxConcurrent: 5 });
  });

  it("shares one limiter per origin across the process", () => {
    expect(getSharedMarketoLimiter("https://123-ABC-456.mktorest.com")).toBe(getSharedMarketoLimiter("https://123-abc-456.mktorest.com"));
    expect(getSharedMarketoLimiter("https://123-ABC-456.mktorest.com")).not.toBe(getSharedMarketoLimiter("https://999-ABC-456.mktorest.com"));
  });
});
