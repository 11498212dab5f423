import { afterEach, describe, expect, it } from "vitest";
import { SANDBOX_MARKETO_CLIENT_ID } from "@/lib/sandbox/marketo/constants";
import { createMarketoClient } from "./client";
import { rejectionOf, startHarness, type Harness } from "./test-support";

let harness: Harness | undefined;
afterEach(async () => harness?.server.close());

const identityCalls = (h: Harness) => h.server.state.instance().callLog.filter((c) => c.operation === "identity");

describe("tokens", () => {
  it("gets one token and reuses it, sending it only as a Bearer header", async () => {
    harness = await startHarness();
    await harness.client.describeLeads2();
    await harness.client.describeLeads();
    expect(identityCalls(harness)).toHaveLength(1);
    const rest = harness.calls.filter((c) => c.request.url.includes("/rest/"));
    expect(rest).toHaveLength(2);
    for (const call of rest) {
      expect(call.request.headers.authorization).toMatch(/^Bearer \S+:sb$/);
      expect(new URL(call.request.url).searchParams.has("access_token")).toBe(false);
    }
    expect(harness.server.state.instance().callLog.some((c) => c.tokenInQuery)).toBe(false);
  });

  it.each([
    ["601 (token invalid)", "token-invalid", "601"],
    ["602 (token expired)", "token-expired", "602"],
  ] as const)("on %s gets a new token once and repeats the call", async (_, kind, code) => {
    harness = await startHarness();
    await harness.client.describeLeads2();
    harness.server.state.injectFault({ kind, path: "describe2" });
    const described = await harness.client.describeLeads2();
    expect(described.fields.length).toBeGreaterThan(0);
    expect(harness.restLog().map((c) => c.code)).toEqual(["ok", code, "ok"]);
    expect(identityCalls(harness)).toHaveLength(2);
  });

  it("refreshes after the sandbox expires every token (602)", async () => {
    harness = await startHarness();
    await harness.client.describeLeads();
    harness.server.state.expireTokens();
    await harness.client.describeLeads();
    expect(harness.restLog().map((c) => c.code)).toEqual(["ok", "602", "ok"]);
  });

  it("refreshes only once: a second 601 in a row is an auth failure", async () => {
    harness = await startHarness();
    harness.server.state.injectFault({ kind: "token-invalid", times: Infinity });
    const error = await rejectionOf(harness.client.describeLeads());
    expect(error).toMatchObject({ kind: "auth-failed", code: "601" });
    expect(harness.restLog().map((c) => c.code)).toEqual(["601", "601"]);
  });

  it("a wrong secret is an auth failure from Identity (HTTP 401), not retried", async () => {
    harness = await startHarness();
    const client = harness.clientFor(SANDBOX_MARKETO_CLIENT_ID, { clientSecret: "wrong" });
    const error = await rejectionOf(client.describeLeads());
    expect(error).toMatchObject({ kind: "auth-failed", code: "HTTP 401" });
    expect((error as Error).message).toMatch(/Client ID or Client Secret/);
    expect((error as Error).message).not.toContain("wrong");
    expect(identityCalls(harness)).toHaveLength(1);
    expect(harness.restLog()).toHaveLength(0);
  });

  it("an unknown client id is refused the same way", async () => {
    harness = await startHarness();
    const error = await rejectionOf(harness.clientFor("not-a-sandbox-id").describeLeads());
    expect(error).toMatchObject({ kind: "auth-failed", code: "HTTP 401" });
  });
});

describe("request size guards", () => {
  it("refuses a URL over Marketo's 8 KB limit before sending it", async () => {
    harness = await startHarness();
    const error = await rejectionOf(harness.clientFor(SANDBOX_MARKETO_CLIENT_ID, { clientSecret: "s".repeat(9_000) }).describeLeads());
    expect(error).toMatchObject({ kind: "request-too-large" });
    expect((error as Error).message).toMatch(/8 KB/);
    expect((error as Error).message).not.toContain("sss");
    expect(harness.calls).toHaveLength(0);
  });
});

describe("host rule (defence in depth)", () => {
  it("refuses to build a client for a host outside the rule, sending nothing", () => {
    let sent = 0;
    const fetchSpy: typeof fetch = async () => {
      sent += 1;
      return new Response("{}");
    };
    expect(() => createMarketoClient({ origin: "https://evil.example.com", clientId: "a", clientSecret: "b", fetch: fetchSpy, allowTestEndpoints: true })).toThrow(
      expect.objectContaining({ kind: "host-refused" }),
    );
    expect(() => createMarketoClient({ origin: "http://127.0.0.1:9", clientId: "a", clientSecret: "b", fetch: fetchSpy, allowTestEndpoints: false })).toThrow(
      /Only Marketo REST hosts/,
    );
    expect(sent).toBe(0);
  });
});
