import { describe, expect, it } from "vitest";
import { createMemoryKv } from "@/lib/kv";
import { LOGIN_WINDOW_MS, createThrottle, throttleMessage } from "./throttle";

function setup() {
  let now = 1_000_000;
  const kv = createMemoryKv(() => now);
  return { throttle: createThrottle(kv), advance: (ms: number) => (now += ms) };
}

const subject = { email: "Ana@Example.com", ip: "203.0.113.7" };

describe("login throttle", () => {
  it("allows five failures and blocks the sixth attempt", async () => {
    const { throttle } = setup();
    for (let i = 0; i < 5; i++) {
      expect(await throttle.check(subject)).toEqual({ blocked: false });
      await throttle.recordFailure(subject);
    }
    const status = await throttle.check(subject);
    expect(status.blocked).toBe(true);
    if (status.blocked) expect(status.retryAfterMs).toBe(LOGIN_WINDOW_MS);
  });

  it("counts per account regardless of IP and email case", async () => {
    const { throttle } = setup();
    for (let i = 0; i < 5; i++) await throttle.recordFailure({ email: "ana@example.com", ip: `198.51.100.${i}` });
    expect((await throttle.check({ email: "ANA@example.com", ip: "192.0.2.1" })).blocked).toBe(true);
  });

  it("counts per IP across accounts", async () => {
    const { throttle } = setup();
    for (let i = 0; i < 5; i++) await throttle.recordFailure({ email: `user${i}@example.com`, ip: "203.0.113.7" });
    expect((await throttle.check({ email: "fresh@example.com", ip: "203.0.113.7" })).blocked).toBe(true);
    expect((await throttle.check({ email: "fresh@example.com", ip: "203.0.113.8" })).blocked).toBe(false);
  });

  it("does not pool requests whose IP is unknown", async () => {
    const { throttle } = setup();
    for (let i = 0; i < 5; i++) await throttle.recordFailure({ email: `user${i}@example.com`, ip: null });
    expect((await throttle.check({ email: "other@example.com", ip: null })).blocked).toBe(false);
  });

  it("unblocks when the window (from the first failure) has passed", async () => {
    const { throttle, advance } = setup();
    await throttle.recordFailure(subject);
    advance(10 * 60_000);
    for (let i = 0; i < 4; i++) await throttle.recordFailure(subject);
    const blocked = await throttle.check(subject);
    expect(blocked).toEqual({ blocked: true, retryAfterMs: 5 * 60_000 });
    advance(5 * 60_000);
    expect(await throttle.check(subject)).toEqual({ blocked: false });
  });

  it("clearAccount resets the account counter but keeps the IP counter", async () => {
    const { throttle } = setup();
    for (let i = 0; i < 5; i++) await throttle.recordFailure(subject);
    await throttle.clearAccount("ana@example.com");
    expect((await throttle.check({ email: subject.email, ip: "192.0.2.9" })).blocked).toBe(false);
    expect((await throttle.check(subject)).blocked).toBe(true);
  });
});

describe("throttleMessage", () => {
  it("rounds up to whole minutes, never below one", () => {
    expect(throttleMessage(15 * 60_000)).toBe("Too many attempts — try again in 15 minutes.");
    expect(throttleMessage(61_000)).toBe("Too many attempts — try again in 2 minutes.");
    expect(throttleMessage(500)).toBe("Too many attempts — try again in 1 minute.");
  });
});
