import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSandboxWithClient, type SandboxWithClient } from "@/lib/sandbox/on24/test-client";
import { On24Error } from "./errors";

const ANCHOR = Date.parse("2026-03-01T08:00:00Z");
const WINDOW = { startDate: "2026-02-01", endDate: "2026-02-10" };

let env: SandboxWithClient;
beforeAll(async () => {
  env = await startSandboxWithClient({ anchor: ANCHOR, now: () => ANCHOR, events: 4, registrantsPerEvent: 120 });
});
afterEach(() => {
  env.server.state.faults.clear();
  env.server.state.tokenDeactivated = false;
  env.server.state.clientInactive = false;
  env.calls.length = 0;
});
afterAll(() => env.close());

const sandbox = () => env.server.state;
const firstPage = async (client = env.client()) => {
  for await (const page of client.registrantPages(WINDOW)) return page;
  throw new Error("no page");
};
async function eventUserIds(pages: AsyncGenerator<{ records: { eventuserid: string }[] }>): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of pages) ids.push(...page.records.map((r) => r.eventuserid));
  return ids;
}
async function failure(promise: Promise<unknown>): Promise<On24Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(On24Error);
  return error as On24Error;
}

describe("authentication", () => {
  it("401 wrong token: not retried, worded for a marketer", async () => {
    const error = await failure(firstPage(env.client({ tokenKey: "not-the-key" })));
    expect(error).toMatchObject({ kind: "auth", retryable: false, status: 401 });
    expect(error.message).toMatch(/did not accept the access token key and secret/);
    expect(env.calls).toHaveLength(1);
  });

  it("401 deactivated token says so", async () => {
    sandbox().tokenDeactivated = true;
    const error = await failure(firstPage());
    expect(error).toMatchObject({ kind: "auth", detail: "AccessTokenKey and AccessTokenSecret are deactivated." });
    expect(error.message).toMatch(/deactivated/);
  });
});

describe("throttling", () => {
  it.each([403, 429] as const)("call limit (%i) is waited out and the call then succeeds", async (status) => {
    sandbox().faults.add({ type: "throttle", status, times: 2 });
    const page = await firstPage();
    expect(page.records.length).toBeGreaterThan(0);
    expect(env.calls.map((c) => c.status)).toEqual([status, status, 200]);
  });

  it("throttling after N calls hits mid-walk and the walk still completes once", async () => {
    const expected = await eventUserIds(env.client().registrantPages(WINDOW, { itemsPerPage: 2 }));
    expect(expected.length).toBeGreaterThan(8); // enough pages for the limit to hit mid-walk
    env.calls.length = 0;
    sandbox().faults.add({ type: "throttle", afterCalls: 3, times: 2 });
    const got = await eventUserIds(env.client().registrantPages(WINDOW, { itemsPerPage: 2 }));
    expect(got).toEqual(expected);
    expect(env.calls.filter((c) => c.status === 403)).toHaveLength(2);
  });

  it("gives up after maxAttempts with a retryable throttled error", async () => {
    sandbox().faults.add({ type: "throttle", times: Infinity });
    const error = await failure(firstPage(env.client({ retry: { maxAttempts: 3, baseMs: 1, throttleBaseMs: 1, capMs: 2 } })));
    expect(error).toMatchObject({ kind: "throttled", retryable: true, deadlineReached: false });
    expect(env.calls).toHaveLength(3);
  });
});

describe("configuration and not-found errors", () => {
  it("any other 403 is a configuration problem: not retried, actionable wording", async () => {
    const error = await failure(firstPage(env.client({ clientId: "99999" })));
    expect(error).toMatchObject({ kind: "config", retryable: false, status: 403 });
    expect(error.message).toMatch(/Check that the client ID/);
    expect(env.calls).toHaveLength(1);
  });

  it("an inactive account is named as such", async () => {
    sandbox().clientInactive = true;
    const error = await failure(env.client().getEvent(sandbox().model.events[0].eventId));
    expect(error.kind).toBe("config");
    expect(error.message).toMatch(/account is inactive/);
  });

  it("a 403 ON24 words differently (here: not Elite) is still a configuration problem", async () => {
    sandbox().faults.add({ type: "status", status: 403, message: "The client id is not an Elite user" });
    const error = await failure(firstPage());
    expect(error).toMatchObject({ kind: "config", retryable: false });
    expect(error.message).toMatch(/Elite/);
  });

  it("404 for an unknown event", async () => {
    const error = await failure(env.client().getEvent(1234567));
    expect(error).toMatchObject({ kind: "not_found", retryable: false, status: 404, detail: "The event 1234567 doesn't exist." });
  });

  it("a client id that is not a number is refused before any call", () => {
    expect(() => env.client({ clientId: "acme" })).toThrow(/must be a number/);
  });
});

describe("transient failures", () => {
  it.each([500, 502, 503])("HTTP %i is retried and then succeeds", async (status) => {
    sandbox().faults.add({ type: "status", status, times: 2 });
    await firstPage();
    expect(env.calls.map((c) => c.status)).toEqual([status, status, 200]);
  });

  it("a request that never answers times out and is retried", async () => {
    sandbox().faults.add({ type: "timeout" });
    const page = await firstPage(env.client({ timeoutMs: 1_000 }));
    expect(page.records.length).toBeGreaterThan(0);
    expect(env.calls.map((c) => c.status)).toEqual(["timeout", 200]);
  });

  it("injected latency delays the answer: past the client's timeout it counts as a timeout", async () => {
    sandbox().faults.add({ type: "latency", ms: 1_500 });
    await firstPage(env.client({ timeoutMs: 500 }));
    expect(env.calls.map((c) => c.status)).toEqual(["timeout", 200]);
  });

  it("malformed JSON is retried, and reported as such once retries run out", async () => {
    sandbox().faults.add({ type: "malformed" });
    await firstPage();
    expect(env.calls.map((c) => c.status)).toEqual(["malformed", 200]);
    env.calls.length = 0;
    sandbox().faults.add({ type: "malformed", times: Infinity });
    const error = await failure(firstPage(env.client({ retry: { maxAttempts: 2, baseMs: 1, throttleBaseMs: 1, capMs: 1 } })));
    expect(error).toMatchObject({ kind: "retry", retryable: true });
    expect(error.message).toMatch(/could not be read/);
  });

  it("5xx retries stop at maxAttempts with a retryable error", async () => {
    sandbox().faults.add({ type: "status", status: 503, times: Infinity });
    const error = await failure(firstPage(env.client({ retry: { maxAttempts: 4, baseMs: 1, throttleBaseMs: 1, capMs: 1 } })));
    expect(error).toMatchObject({ kind: "retry", retryable: true, status: 503 });
    expect(env.calls).toHaveLength(4);
  });
});

describe("deadline", () => {
  it("never sleeps past the deadline: a wait that would cross it fails at once, retryable", async () => {
    sandbox().faults.add({ type: "throttle", times: Infinity });
    const client = env.client({
      deadline: Date.now() + 2_000,
      retry: { maxAttempts: 10, baseMs: 1, throttleBaseMs: 60_000, capMs: 60_000 },
    });
    const error = await failure(firstPage(client));
    expect(error).toMatchObject({ kind: "throttled", retryable: true, deadlineReached: true });
    expect(env.calls).toHaveLength(1);
  });

  it("caps each attempt's timeout at the deadline", async () => {
    sandbox().faults.add({ type: "timeout", times: Infinity });
    const client = env.client({
      deadline: Date.now() + 300,
      timeoutMs: 60_000,
      retry: { maxAttempts: 10, baseMs: 1, throttleBaseMs: 1, capMs: 1 },
    });
    const error = await failure(firstPage(client));
    expect(error).toMatchObject({ retryable: true, deadlineReached: true });
  });

  it("a deadline already passed makes no call", async () => {
    const error = await failure(firstPage(env.client({ deadline: Date.now() - 1 })));
    expect(error).toMatchObject({ kind: "retry", retryable: true, deadlineReached: true });
    expect(env.calls).toHaveLength(0);
  });
});

describe("cancellation", () => {
  it("an aborted run stops waiting and says so", async () => {
    sandbox().faults.add({ type: "timeout" });
    const controller = new AbortController();
    const pending = firstPage(env.client({ signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    const error = await failure(pending);
    expect(error).toMatchObject({ kind: "retry", retryable: true });
    expect(error.message).toMatch(/stopped/);
  });
});
