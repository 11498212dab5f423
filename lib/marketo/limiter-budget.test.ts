import { afterEach, describe, expect, it } from "vitest";
import type { SandboxCall } from "@/lib/sandbox/marketo/instance";
import { createMarketoLimiter } from "./limiter";
import { startHarness, type Harness } from "./test-support";

let harness: Harness | undefined;
afterEach(async () => harness?.server.close());

/** The most calls the simulator received within any `windowMs` (sliding, as Marketo counts). */
function busiestWindow(log: SandboxCall[], windowMs: number): number {
  const arrivals = log.map((c) => c.receivedAt).sort((a, b) => a - b);
  let most = 0;
  for (let i = 0; i < arrivals.length; i++) {
    let j = i;
    while (j < arrivals.length && arrivals[j] < arrivals[i] + windowMs) j++;
    most = Math.max(most, j - i);
  }
  return most;
}

/** The most calls the simulator was working on at the same time. */
function mostInFlight(log: SandboxCall[]): number {
  const events = log.flatMap((c) => [
    { at: c.receivedAt, delta: 1 },
    { at: c.respondedAt, delta: -1 },
  ]);
  // At equal times, count the end first: a call that ended when another began did not overlap it.
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let current = 0;
  let most = 0;
  for (const event of events) {
    current += event.delta;
    most = Math.max(most, current);
  }
  return most;
}

describe("limiter budget under 20 concurrent callers", () => {
  it("never lets the instance see more than the configured calls per window or in flight", async () => {
    const budget = { maxCalls: 6, windowMs: 400, maxConcurrent: 3 };
    harness = await startHarness({ defaults: { latencyMs: [5, 40] } }, { limiter: createMarketoLimiter(budget) });
    const client = harness.client;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? client.describeLeads() : client.lookupLeadsByEmail([`caller-${i}@example.com`]))),
    );
    const log = harness.restLog();
    expect(log).toHaveLength(20);
    expect(log.every((c) => c.code === "ok")).toBe(true);
    expect(busiestWindow(log, budget.windowMs)).toBeLessThanOrEqual(budget.maxCalls);
    expect(mostInFlight(log)).toBeLessThanOrEqual(budget.maxConcurrent);
    expect(harness.server.state.instance().maxInFlight).toBeLessThanOrEqual(budget.maxConcurrent);
  });

  it("shares one budget between two clients of the same instance", async () => {
    const limiter = createMarketoLimiter({ maxCalls: 4, windowMs: 300, maxConcurrent: 2 });
    harness = await startHarness({ defaults: { latencyMs: 10 } }, { limiter });
    const second = harness.clientFor("sandbox", { limiter });
    await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? harness!.client.describeLeads() : second.describeLeads2())));
    const log = harness.restLog();
    expect(log).toHaveLength(10);
    expect(busiestWindow(log, 300)).toBeLessThanOrEqual(4);
    expect(mostInFlight(log)).toBeLessThanOrEqual(2);
  });
});
