import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkMarketoRequest, checkMarketoResponse } from "@/lib/contracts/marketo";
import { SANDBOX_CUSTOM_OBJECT, sandboxClientId } from "@/lib/sandbox/marketo/constants";
import { startHarness, type Harness } from "./test-support";

/**
 * Every request the client sends, and every reply the simulator gives to it, checked against Adobe's
 * Swagger documents (lib/contracts/marketo.ts), across every call and the error replies the client meets.
 */

const CO = SANDBOX_CUSTOM_OBJECT;
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ defaults: { seedLeads: [{ email: "a@example.com" }, { email: "twin@example.com" }, { email: "Twin@example.com" }] } });
  const client = harness.client;
  await client.describeLeads();
  await client.describeLeads2();
  await client.lookupLeadsByEmail(["A@example.com", "twin@example.com", "nobody@example.com"], { fields: ["firstName", "pEPURL__c"] });
  await client.syncLeads([{ email: "new@example.com", firstName: "N", leadSource: "ON24" }, { email: "a@example.com" }], { action: "createOnly", lookupField: "email" });
  await client.syncLeads([{ email: "twin@example.com", city: "X" }, { email: "missing@example.com" }], { action: "updateOnly", lookupField: "email" });
  await client.syncLeads([{ id: 1001, pEPURL__c: "https://pep.example/a" }], { action: "updateOnly", lookupField: "id" });
  await client.describeCustomObject(CO);
  await client.syncCustomObjects(CO, [
    { personid: 1001, eventid: "1", eventuserid: "1", liveminutes: 3, registrationdate: "2026-04-01T10:00:00+00:00" },
    { personid: 999999, eventid: "1", eventuserid: "2" },
    { personid: 1001, eventid: "1", eventuserid: "3", liveminutes: "many" },
  ]);
  await client.usage();
  // Error replies the client handles: 602 then refresh, 606 retried, 603, 610, 607, Identity 401.
  harness.server.state.expireTokens();
  harness.server.state.injectFault({ kind: "error-code", code: "606", message: "Max rate limit '100' exceeded with in '20' secs", path: "describe2" });
  await client.describeLeads2();
  await harness.clientFor(sandboxClientId("access-denied")).describeCustomObject(CO).catch(() => undefined);
  await harness.clientFor(sandboxClientId("object-missing")).syncCustomObjects(CO, [{ personid: 1, eventid: "1", eventuserid: "1" }]).catch(() => undefined);
  await harness.clientFor(sandboxClientId("object-missing-empty")).describeCustomObject(CO).catch(() => undefined);
  await harness.clientFor(sandboxClientId("valid-na-integer")).describeCustomObject(CO);
  await harness.clientFor("sandbox", { clientSecret: "wrong" }).describeLeads().catch(() => undefined);
  const limited = harness.clientFor(sandboxClientId("valid-string"));
  harness.server.state.configure(sandboxClientId("valid-string"), { dailyQuota: 1 });
  await limited.describeLeads();
  await limited.describeLeads2().catch(() => undefined);
});

afterAll(async () => harness.server.close());

describe("Marketo contract (swagger-identity.json, swagger-mapi.json)", () => {
  it("exercised every operation and the error replies", () => {
    const paths = new Set(harness.calls.map((c) => new URL(c.request.url).pathname));
    expect([...paths].sort()).toEqual(
      [
        "/identity/oauth/token",
        "/rest/v1/leads/describe.json",
        "/rest/v1/leads/describe2.json",
        "/rest/v1/leads.json",
        `/rest/v1/customobjects/${CO}/describe.json`,
        `/rest/v1/customobjects/${CO}.json`,
        "/rest/v1/stats/usage.json",
      ].sort(),
    );
    const codes = new Set(harness.calls.flatMap((c) => ((c.body as { errors?: { code: string }[] })?.errors ?? []).map((e) => e.code)));
    expect([...codes].sort()).toEqual(["602", "603", "606", "607", "610"]);
    expect(harness.calls.some((c) => c.status === 401)).toBe(true);
  });

  it("every request the client sent follows the documents", () => {
    const violations = harness.calls.flatMap((c) => checkMarketoRequest(c.request).map((v) => `${c.request.method} ${c.request.url}: ${v}`));
    expect(violations).toEqual([]);
  });

  it("every reply the simulator gave follows the documents", () => {
    const violations = harness.calls.flatMap((c) => checkMarketoResponse(c.request, c.status, c.body).map((v) => `${c.request.method} ${c.request.url} → ${c.status}: ${v}`));
    expect(violations).toEqual([]);
  });
});
