import { describe, expect, it } from "vitest";
import { MarketoSandbox } from "./sandbox";
import { rest, tokenFor } from "./test-requests";

const DESCRIBE = "/rest/v1/leads/describe.json";

describe("sandbox limits", () => {
  it("answers 606 once 100 calls arrived in the last 20 s, and admits again when the window moves", async () => {
    let now = Date.parse("2026-05-01T10:00:00Z");
    const sandbox = new MarketoSandbox({ now: () => now });
    const token = await tokenFor(sandbox);
    for (let i = 0; i < 100; i++) expect((await rest(sandbox, "GET", DESCRIBE, { token })).body.success).toBe(true);
    const refused = await rest(sandbox, "GET", DESCRIBE, { token });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ success: false, errors: [{ code: "606", message: "Max rate limit '100' exceeded with in '20' secs" }] });
    now += 20_000;
    expect((await rest(sandbox, "GET", DESCRIBE, { token })).body.success).toBe(true);
    expect(sandbox.instance().callLog.filter((c) => c.code === "606")).toEqual([expect.objectContaining({ counted: false })]);
  });

  it("answers 615 when 10 calls are already in flight", async () => {
    const sandbox = new MarketoSandbox({ defaults: { latencyMs: 60 } });
    const token = await tokenFor(sandbox);
    const replies = await Promise.all(Array.from({ length: 12 }, () => rest(sandbox, "GET", DESCRIBE, { token })));
    const codes = replies.map((r) => (r.body.success ? "ok" : r.body.errors?.[0].code));
    expect(codes.filter((c) => c === "ok")).toHaveLength(10);
    expect(codes.filter((c) => c === "615")).toHaveLength(2);
    expect(sandbox.instance().maxInFlight).toBe(10);
  });

  it("answers 607 past the daily quota until midnight US Central; token errors do not count", async () => {
    let now = Date.parse("2026-05-01T10:00:00Z"); // 05:00 in Chicago
    const sandbox = new MarketoSandbox({ now: () => now, defaults: { dailyQuota: 3 } });
    const token = await tokenFor(sandbox);
    await rest(sandbox, "GET", DESCRIBE, { token: "bogus" }); // 601: not counted
    for (let i = 0; i < 3; i++) await rest(sandbox, "GET", DESCRIBE, { token });
    expect((await rest(sandbox, "GET", DESCRIBE, { token })).body.errors).toEqual([{ code: "607", message: "Daily quota reached" }]);
    now = Date.parse("2026-05-02T04:59:00Z"); // 23:59 in Chicago: still the same quota day
    sandbox.expireTokens();
    const fresh = await tokenFor(sandbox);
    expect((await rest(sandbox, "GET", DESCRIBE, { token: fresh })).body.errors?.[0].code).toBe("607");
    now = Date.parse("2026-05-02T05:00:00Z"); // midnight in Chicago (CDT)
    expect((await rest(sandbox, "GET", DESCRIBE, { token: fresh })).body.success).toBe(true);
    const usage = await rest(sandbox, "GET", "/rest/v1/stats/usage.json", { token: fresh });
    expect(usage.body.result).toEqual([{ date: "2026-05-02T00:00:00Z", total: 2, users: [{ userId: expect.any(String), count: 2 }] }]);
  });
});

describe("sandbox faults", () => {
  it("an injected 502 is not executed; a malformed reply is (the write happened, the answer was lost)", async () => {
    const sandbox = new MarketoSandbox();
    const token = await tokenFor(sandbox);
    const create = { action: "createOnly", input: [{ email: "f@example.com" }] };
    sandbox.injectFault({ kind: "http-error", status: 502 });
    const gateway = await sandbox.handle(
      new Request("http://127.0.0.1/rest/v1/leads.json", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(create) }),
    );
    expect(gateway.status).toBe(502);
    expect(sandbox.instance().leads.size).toBe(0);
    sandbox.injectFault({ kind: "malformed-json" });
    const garbled = await sandbox.handle(
      new Request("http://127.0.0.1/rest/v1/leads.json", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(create) }),
    );
    await expect(garbled.json()).rejects.toThrow();
    expect(sandbox.instance().leads.size).toBe(1);
  });

  it("faults apply to the matching path and method only, as many times as asked", async () => {
    const sandbox = new MarketoSandbox();
    const token = await tokenFor(sandbox);
    sandbox.injectFault({ kind: "error-code", code: "611", path: "describe2", times: 2 });
    expect((await rest(sandbox, "GET", DESCRIBE, { token })).body.success).toBe(true);
    expect((await rest(sandbox, "GET", "/rest/v1/leads/describe2.json", { token })).body.errors?.[0].code).toBe("611");
    expect((await rest(sandbox, "GET", "/rest/v1/leads/describe2.json", { token })).body.errors?.[0].code).toBe("611");
    expect((await rest(sandbox, "GET", "/rest/v1/leads/describe2.json", { token })).body.success).toBe(true);
  });
});
