import { afterEach, describe, expect, it } from "vitest";
import { SANDBOX_CUSTOM_OBJECT } from "@/lib/sandbox/marketo/constants";
import { nextQuotaReset } from "./quota-reset";
import { rejectionOf, startHarness, type Harness } from "./test-support";

let harness: Harness | undefined;
afterEach(async () => harness?.server.close());

const CO = SANDBOX_CUSTOM_OBJECT;
const SEED = { defaults: { seedLeads: [{ email: "a@example.com" }] } };

describe("limits reached on the Marketo side", () => {
  it("absorbs a 606 burst (another integration used the window) by retrying", async () => {
    // The simulator allows 3 calls per 300 ms; our own limiter is looser, as if other integrations shared the instance.
    harness = await startHarness({ defaults: { rateLimit: { maxCalls: 3, windowMs: 300 } } }, { retry: { rateLimitedDelayMs: 300, maxAttempts: 8 } });
    const results = await Promise.all(Array.from({ length: 8 }, () => harness!.client.describeLeads2()));
    expect(results).toHaveLength(8);
    const codes = harness.restLog().map((c) => c.code);
    expect(codes.filter((c) => c === "606").length).toBeGreaterThan(0);
    expect(codes.filter((c) => c === "ok")).toHaveLength(8);
  });

  it("absorbs 615 (too many calls in flight) by retrying", async () => {
    harness = await startHarness({ defaults: { maxConcurrent: 2, latencyMs: 40 } }, { retry: { maxAttempts: 10 } });
    await Promise.all(Array.from({ length: 6 }, () => harness!.client.describeLeads()));
    const codes = harness.restLog().map((c) => c.code);
    expect(codes.filter((c) => c === "615").length).toBeGreaterThan(0);
    expect(codes.filter((c) => c === "ok")).toHaveLength(6);
    expect(harness.server.state.instance().maxInFlight).toBeLessThanOrEqual(2);
  });

  it("surfaces 607 at once with the resume time (midnight US Central), without retrying", async () => {
    harness = await startHarness({ defaults: { dailyQuota: 2 } });
    await harness.client.describeLeads();
    await harness.client.describeLeads2();
    const before = Date.now();
    const error = await rejectionOf(harness.client.describeCustomObject(CO));
    expect(error).toMatchObject({ kind: "quota-exhausted", code: "607", retryable: true });
    const resumeAt = (error as { resumeAt: Date }).resumeAt;
    expect([nextQuotaReset(before).toISOString(), nextQuotaReset(Date.now()).toISOString()]).toContain(resumeAt.toISOString());
    expect((error as Error).message).toMatch(/midnight US Central/);
    expect(harness.restLog().map((c) => c.code)).toEqual(["ok", "ok", "607"]);
  });
});

describe("transient failures", () => {
  it("retries HTTP 502 on a read until it succeeds", async () => {
    harness = await startHarness();
    harness.server.state.injectFault({ kind: "http-error", status: 502, path: "describe.json", times: 2 });
    await harness.client.describeLeads();
    expect(harness.restLog().map((c) => c.code)).toEqual(["http-502", "http-502", "ok"]);
  });

  it("re-sends a write whose outcome is unknown (502) only once", async () => {
    harness = await startHarness(SEED);
    const record = { personid: 1001, eventid: "1", eventuserid: "1" };
    harness.server.state.injectFault({ kind: "http-error", status: 502, path: `${CO}.json` });
    expect((await harness.client.syncCustomObjects(CO, [record]))[0].status).toBe("created");
    harness.server.state.injectFault({ kind: "http-error", status: 502, path: `${CO}.json`, times: 2 });
    const error = await rejectionOf(harness.client.syncCustomObjects(CO, [record]));
    expect(error).toMatchObject({ kind: "retryable", code: "HTTP 502", retryable: true });
    expect(harness.restLog().map((c) => c.code)).toEqual(["http-502", "ok", "http-502", "http-502"]);
  });

  it("retries a write Marketo says it did not execute (606, 611) like a read", async () => {
    harness = await startHarness(SEED);
    harness.server.state.injectFault({ kind: "error-code", code: "611", path: `${CO}.json`, times: 3 });
    const [result] = await harness.client.syncCustomObjects(CO, [{ personid: 1001, eventid: "1", eventuserid: "1" }]);
    expect(result.status).toBe("created");
    expect(harness.restLog().map((c) => c.code)).toEqual(["611", "611", "611", "ok"]);
  });

  it.each(["604", "608", "713"])("retries %s", async (code) => {
    harness = await startHarness();
    harness.server.state.injectFault({ kind: "error-code", code, path: "describe2" });
    await harness.client.describeLeads2();
    expect(harness.restLog().map((c) => c.code)).toEqual([code, "ok"]);
  });

  it("gives up after maxAttempts with a retryable error carrying Marketo's code", async () => {
    harness = await startHarness();
    harness.server.state.injectFault({ kind: "error-code", code: "608", times: Infinity });
    const error = await rejectionOf(harness.client.describeLeads());
    expect(error).toMatchObject({ kind: "retryable", code: "608" });
    expect(harness.restLog()).toHaveLength(5);
  });

  it("retries a malformed JSON reply; a re-sent createOnly then reports 1005 instead of duplicating the person", async () => {
    harness = await startHarness();
    harness.server.state.injectFault({ kind: "malformed-json", path: "leads.json", method: "POST" });
    const [result] = await harness.client.syncLeads([{ email: "once@example.com" }], { action: "createOnly" });
    expect(result).toMatchObject({ status: "skipped", reasons: [{ code: "1005" }] });
    expect(harness.server.state.instance().leadsByEmail("once@example.com")).toHaveLength(1);
    expect(harness.restLog().map((c) => c.code)).toEqual(["malformed", "ok"]);
  });

  it("times out a call that hangs and retries it", async () => {
    harness = await startHarness({}, { timeoutMs: 150 });
    harness.server.state.injectFault({ kind: "timeout", holdMs: 5_000, path: "describe2" });
    await harness.client.describeLeads2();
    const timeouts = harness.infos.filter((i) => i.code === "timeout");
    expect(timeouts).toHaveLength(1);
    expect(timeouts[0].httpStatus).toBeUndefined();
    expect(harness.infos.at(-1)).toMatchObject({ operation: "describeLeads2", code: "ok", attempt: 2 });
  });

  it("reports a call that keeps timing out as retryable", async () => {
    harness = await startHarness({}, { timeoutMs: 100, retry: { maxAttempts: 2 } });
    harness.server.state.injectFault({ kind: "timeout", holdMs: 5_000, times: Infinity });
    const error = await rejectionOf(harness.client.describeLeads());
    expect(error).toMatchObject({ kind: "retryable", code: "timeout" });
  });

  it("does not retry a fatal error and keeps Marketo's message", async () => {
    harness = await startHarness();
    harness.server.state.injectFault({ kind: "error-code", code: "609", message: "Invalid JSON" });
    const error = await rejectionOf(harness.client.describeLeads());
    expect(error).toMatchObject({ kind: "fatal", code: "609", message: "Marketo error 609: Invalid JSON", retryable: false });
    expect(harness.restLog()).toHaveLength(1);
  });
});

describe("deadline", () => {
  it("gives up instead of sleeping past the deadline", async () => {
    harness = await startHarness({}, { deadline: Date.now() + 2_000, retry: { baseDelayMs: 10_000, maxDelayMs: 10_000 } });
    harness.server.state.injectFault({ kind: "error-code", code: "611", times: Infinity });
    const error = await rejectionOf(harness.client.describeLeads());
    expect(error).toMatchObject({ kind: "deadline", retryable: true });
    expect(harness.restLog()).toHaveLength(1);
  });

  it("sends nothing once the deadline has passed", async () => {
    harness = await startHarness({}, { deadline: Date.now() - 1 });
    await expect(harness.client.describeLeads()).rejects.toMatchObject({ kind: "deadline" });
    expect(harness.calls).toHaveLength(0);
  });

  it("does not wait for a limiter slot past the deadline", async () => {
    const { createMarketoLimiter } = await import("./limiter");
    harness = await startHarness({}, { limiter: createMarketoLimiter({ maxCalls: 1, windowMs: 60_000, maxConcurrent: 1 }), deadline: Date.now() + 300 });
    await harness.client.describeLeads();
    await expect(harness.client.describeLeads2()).rejects.toMatchObject({ kind: "deadline" });
    expect(harness.restLog()).toHaveLength(1);
  });
});

describe("onCall", () => {
  it("reports every HTTP request, so the sync can count the Marketo calls it used", async () => {
    harness = await startHarness();
    harness.server.state.injectFault({ kind: "error-code", code: "611", path: "describe2" });
    await harness.client.describeLeads2();
    expect(harness.infos.map((i) => [i.operation, i.code, i.attempt, i.countsTowardQuota])).toEqual([
      ["identity", "ok", 1, false],
      ["describeLeads2", "611", 1, false],
      ["describeLeads2", "ok", 2, true],
    ]);
    expect(harness.infos.every((i) => i.durationMs >= 0)).toBe(true);
  });
});
