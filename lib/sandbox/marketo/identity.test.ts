import { describe, expect, it } from "vitest";
import { parseSandboxClientId, SANDBOX_MARKETO_CLIENT_SECRET, sandboxClientId, SCHEMA_VARIANTS } from "./constants";
import { MarketoSandbox } from "./sandbox";
import { BASE, rest, tokenFor } from "./test-requests";

const tokenUrl = (params: Record<string, string>) => `${BASE}/identity/oauth/token?${new URLSearchParams(params)}`;
const GOOD = { grant_type: "client_credentials", client_id: "sandbox", client_secret: SANDBOX_MARKETO_CLIENT_SECRET };

describe("sandbox Identity", () => {
  it("issues a bearer token and returns the same one, with its remaining lifespan, until it expires", async () => {
    let now = Date.parse("2026-05-01T10:00:00Z");
    const sandbox = new MarketoSandbox({ now: () => now, defaults: { tokenTtlSeconds: 3600 } });
    const first = await (await sandbox.handle(new Request(tokenUrl(GOOD)))).json();
    expect(first).toEqual({ access_token: expect.stringMatching(/:sb$/), token_type: "bearer", expires_in: 3600, scope: expect.any(String) });
    now += 1_000_000;
    const second = await (await sandbox.handle(new Request(tokenUrl(GOOD), { method: "POST" }))).json();
    expect(second).toMatchObject({ access_token: first.access_token, expires_in: 2600 });
    now += 2_600_000;
    const third = await (await sandbox.handle(new Request(tokenUrl(GOOD)))).json();
    expect(third.access_token).not.toBe(first.access_token);
  });

  it("answers 401 for a wrong secret or an unknown client id, 400 for another grant type", async () => {
    const sandbox = new MarketoSandbox();
    const wrong = await sandbox.handle(new Request(tokenUrl({ ...GOOD, client_secret: "nope" })));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: "unauthorized", error_description: "Bad client credentials" });
    expect((await sandbox.handle(new Request(tokenUrl({ ...GOOD, client_id: "someone-else" })))).status).toBe(401);
    expect((await sandbox.handle(new Request(tokenUrl({ ...GOOD, grant_type: "password" })))).status).toBe(400);
  });

  it("expires tokens after the configured lifespan: REST calls then answer 602, unknown tokens 601", async () => {
    let now = Date.parse("2026-05-01T10:00:00Z");
    const sandbox = new MarketoSandbox({ now: () => now, defaults: { tokenTtlSeconds: 60 } });
    const token = await tokenFor(sandbox);
    expect((await rest(sandbox, "GET", "/rest/v1/leads/describe.json", { token })).body.success).toBe(true);
    now += 60_000;
    expect((await rest(sandbox, "GET", "/rest/v1/leads/describe.json", { token })).body.errors).toEqual([{ code: "602", message: "Access token expired" }]);
    expect((await rest(sandbox, "GET", "/rest/v1/leads/describe.json", { token: "made-up" })).body.errors?.[0].code).toBe("601");
    expect((await rest(sandbox, "GET", "/rest/v1/leads/describe.json")).body.errors?.[0].code).toBe("601");
  });

  it("accepts the retired access_token query parameter but marks the call, so tests can prove the client never uses it", async () => {
    const sandbox = new MarketoSandbox();
    const token = await tokenFor(sandbox);
    const reply = await rest(sandbox, "GET", `/rest/v1/leads/describe.json?access_token=${encodeURIComponent(token)}`);
    expect(reply.body.success).toBe(true);
    expect(sandbox.instance().callLog.at(-1)).toMatchObject({ tokenInQuery: true });
  });

  it("serves under any prefix (the app mounts it at /api/sandbox/marketo) and 404s other paths", async () => {
    const sandbox = new MarketoSandbox();
    const prefixed = await sandbox.handle(new Request(tokenUrl(GOOD).replace(BASE, `${BASE}/api/sandbox/marketo`)));
    expect(prefixed.status).toBe(200);
    expect((await sandbox.handle(new Request(`${BASE}/api/sandbox/marketo/elsewhere`))).status).toBe(404);
  });
});

describe("sandbox client ids", () => {
  it("map to a schema and a pEPURL__c variant, both ways", () => {
    expect(parseSandboxClientId("sandbox")).toEqual({ schema: "realistic", pepUrl: "updateable", flakyCreates: false });
    expect(parseSandboxClientId("sandbox-eu-integer")).toEqual({ schema: "eu-integer", pepUrl: "updateable", flakyCreates: false });
    expect(parseSandboxClientId("sandbox-flaky")).toEqual({ schema: "realistic", pepUrl: "updateable", flakyCreates: true });
    expect(parseSandboxClientId("sandbox-valid-string-no-pepurl-flaky")).toEqual({ schema: "valid-string", pepUrl: "absent", flakyCreates: true });
    expect(parseSandboxClientId("sandbox-flaky-no-pepurl")).toBeNull();
    expect(parseSandboxClientId("sandbox-valid-string-no-pepurl")).toEqual({ schema: "valid-string", pepUrl: "absent", flakyCreates: false });
    expect(parseSandboxClientId("sandbox-pepurl-readonly")).toEqual({ schema: "realistic", pepUrl: "read-only", flakyCreates: false });
    expect(parseSandboxClientId("sandbox-nonsense")).toBeNull();
    expect(parseSandboxClientId("sandboxx")).toBeNull();
    expect(parseSandboxClientId("prod-client")).toBeNull();
    for (const schema of SCHEMA_VARIANTS) {
      for (const pepUrl of ["updateable", "absent", "read-only"] as const) {
        expect(parseSandboxClientId(sandboxClientId(schema, pepUrl))).toEqual({ schema, pepUrl, flakyCreates: false });
        expect(parseSandboxClientId(sandboxClientId(schema, pepUrl, true))).toEqual({ schema, pepUrl, flakyCreates: true });
      }
    }
  });

  it("are separate instances: data and limits of one are not seen by another", async () => {
    const sandbox = new MarketoSandbox();
    const a = await tokenFor(sandbox, "sandbox");
    const b = await tokenFor(sandbox, "sandbox-valid-string");
    await rest(sandbox, "POST", "/rest/v1/leads.json", { token: a, json: { action: "createOnly", input: [{ email: "only-in-a@example.com" }] } });
    const inB = await rest(sandbox, "GET", "/rest/v1/leads.json?filterType=email&filterValues=only-in-a@example.com", { token: b });
    expect(inB.body.result).toEqual([]);
    expect(sandbox.instance("sandbox").leads.size).toBe(1);
    expect(sandbox.instance("sandbox-valid-string").leads.size).toBe(0);
  });

  it("lets a test register an id with explicit options", async () => {
    const sandbox = new MarketoSandbox({ instances: { "custom-tenant": { schema: "eu-integer", dailyQuota: 1 } } });
    const token = await tokenFor(sandbox, "custom-tenant");
    await rest(sandbox, "GET", "/rest/v1/leads/describe.json", { token });
    expect((await rest(sandbox, "GET", "/rest/v1/leads/describe.json", { token })).body.errors?.[0].code).toBe("607");
  });
});
