import { afterEach, describe, expect, it } from "vitest";
import { waitFor } from "@/lib/testing/wait-for";
import { ensureLocalLoop, startLocalLoop, stopLocalLoop } from "./local-loop";

afterEach(async () => {
  await stopLocalLoop();
});

describe("local scheduler loop", () => {
  it("ticks repeatedly, never two ticks at once, even when a tick outlasts the interval", async () => {
    let active = 0;
    let maxActive = 0;
    let ticks = 0;
    const loop = startLocalLoop({
      intervalMs: 5,
      firstDelayMs: 0,
      tick: async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        await new Promise((resolve) => setTimeout(resolve, 20));
        ticks++;
        active--;
      },
    });
    await waitFor(() => ticks >= 4, { timeoutMs: 5_000, what: "four ticks" });
    await loop.stop();
    const after = ticks;
    expect(maxActive).toBe(1);
    expect(active).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ticks).toBe(after); // stopped means stopped
  });

  it("keeps ticking after a tick throws", async () => {
    let ticks = 0;
    const original = console.error;
    console.error = () => {};
    try {
      const loop = startLocalLoop({
        intervalMs: 5,
        firstDelayMs: 0,
        tick: async () => {
          ticks++;
          throw new Error("database unavailable");
        },
      });
      await waitFor(() => ticks >= 3, { timeoutMs: 5_000, what: "ticks after failures" });
      await loop.stop();
    } finally {
      console.error = original;
    }
  });

  it("starts one loop per process however often it is asked", async () => {
    const tick = async () => {};
    const first = ensureLocalLoop({ intervalMs: 60_000, tick });
    expect(ensureLocalLoop({ intervalMs: 60_000, tick })).toBe(first);
    await stopLocalLoop();
    expect(ensureLocalLoop({ intervalMs: 60_000, tick })).not.toBe(first);
  });
});
