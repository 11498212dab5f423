import { afterEach, describe, expect, it } from "vitest";
import { sandboxClientId } from "@/lib/sandbox/marketo/constants";
import { startHarness, type Harness } from "./test-support";

let harness: Harness | undefined;
afterEach(async () => harness?.server.close());

const SEED = [
  { email: "Ada@Example.com", firstName: "Ada", updatedAt: "2025-01-01T00:00:00Z" },
  { email: "twin@example.com", firstName: "Older twin", updatedAt: "2024-01-01T00:00:00Z" },
  { email: "TWIN@example.com", firstName: "Newer twin", updatedAt: "2025-06-01T00:00:00Z" },
];

describe("lead describe", () => {
  it("lists pEPURL__c as updateable by default (describe and describe2)", async () => {
    harness = await startHarness();
    const fields = await harness.client.describeLeads();
    expect(fields.find((f) => f.name === "pEPURL__c")).toMatchObject({ dataType: "url", length: 255, updateable: true });
    expect(fields.find((f) => f.name === "id")).toMatchObject({ updateable: false });
    const described = await harness.client.describeLeads2();
    expect(described.name).toBe("API Lead");
    expect(described.searchableFields).toContainEqual(["email"]);
    expect(described.fields.find((f) => f.name === "pEPURL__c")).toMatchObject({ updateable: true, crmManaged: true });
  });

  it("has no pEPURL__c in the -no-pepurl variant and a read-only one in -pepurl-readonly", async () => {
    harness = await startHarness();
    const absent = harness.clientFor(sandboxClientId("realistic", "absent"));
    expect((await absent.describeLeads()).map((f) => f.name)).not.toContain("pEPURL__c");
    expect((await absent.describeLeads2()).fields.map((f) => f.name)).not.toContain("pEPURL__c");
    const readOnly = harness.clientFor(sandboxClientId("realistic", "read-only"));
    expect((await readOnly.describeLeads()).find((f) => f.name === "pEPURL__c")).toMatchObject({ updateable: false });
    expect((await readOnly.describeLeads2()).fields.find((f) => f.name === "pEPURL__c")).toMatchObject({ updateable: false });
  });
});

describe("lookupLeadsByEmail", () => {
  it("matches case-insensitively, returns every lead of a shared email, one entry per input in order", async () => {
    harness = await startHarness({ defaults: { seedLeads: SEED } });
    const results = await harness.client.lookupLeadsByEmail([" ada@example.COM ", "nobody@example.com", "Twin@Example.com", "ADA@example.com"], {
      fields: ["firstName"],
    });
    expect(results.map((r) => r.email)).toEqual([" ada@example.COM ", "nobody@example.com", "Twin@Example.com", "ADA@example.com"]);
    expect(results[0].leads).toEqual([expect.objectContaining({ id: 1001, email: "Ada@Example.com", firstName: "Ada", updatedAt: "2025-01-01T00:00:00Z" })]);
    expect(results[1].leads).toEqual([]);
    expect(results[2].leads.map((l) => l.firstName).sort()).toEqual(["Newer twin", "Older twin"]);
    expect(results[3].leads.map((l) => l.id)).toEqual([1001]);
    // Asked once per distinct email, in one call, always as POST …?_method=GET with a form body.
    expect(harness.restLog()).toHaveLength(1);
    expect(harness.calls.filter((c) => !c.request.url.includes("/identity/"))).toEqual([
      expect.objectContaining({
        request: expect.objectContaining({
          method: "POST",
          url: `${harness.server.url}/rest/v1/leads.json?_method=GET`,
          headers: expect.objectContaining({ "content-type": "application/x-www-form-urlencoded" }),
        }),
      }),
    ]);
    const form = new URLSearchParams(harness.calls.at(-1)!.request.body);
    expect(form.get("filterType")).toBe("email");
    expect(form.get("filterValues")!.split(",")).toHaveLength(3);
    expect(form.get("fields")).toBe("id,email,updatedAt,firstName");
  });

  it("asks at most 300 emails per call", async () => {
    harness = await startHarness({ defaults: { seedLeads: [{ email: "person-0300@example.com" }] } });
    const emails = Array.from({ length: 301 }, (_, i) => `person-${String(i).padStart(4, "0")}@example.com`);
    const results = await harness.client.lookupLeadsByEmail(emails);
    expect(harness.restLog().map((c) => c.operation)).toEqual(["lookupLeads", "lookupLeads"]);
    expect(results[300].leads).toHaveLength(1);
    expect(results.filter((r) => r.leads.length > 0)).toHaveLength(1);
  });

  it("follows nextPageToken when more than 300 leads match", async () => {
    const seedLeads = Array.from({ length: 305 }, (_, i) => ({ email: i % 2 ? "crowd@example.com" : "CROWD@example.com" }));
    harness = await startHarness({ defaults: { seedLeads } });
    const [result] = await harness.client.lookupLeadsByEmail(["crowd@example.com"]);
    expect(result.leads).toHaveLength(305);
    expect(new Set(result.leads.map((l) => l.id)).size).toBe(305);
    expect(harness.restLog()).toHaveLength(2);
  });
});

describe("syncLeads", () => {
  it("createOnly creates new people and keeps 1005 for one that exists, results in input order", async () => {
    harness = await startHarness({ defaults: { seedLeads: SEED } });
    const results = await harness.client.syncLeads(
      [
        { email: "new.one@example.com", firstName: "New", leadSource: "ON24", pEPURL__c: "https://pep.example/1" },
        { email: "ada@example.com", firstName: "Again" },
        { email: "new.two@example.com" },
      ],
      { action: "createOnly", lookupField: "email" },
    );
    expect(results).toEqual([
      { index: 0, status: "created", id: expect.any(Number), reasons: [] },
      { index: 1, status: "skipped", reasons: [{ code: "1005", message: "Lead already exists" }] },
      { index: 2, status: "created", id: expect.any(Number), reasons: [] },
    ]);
    const stored = harness.server.state.instance().leadsByEmail("new.one@example.com");
    expect(stored).toEqual([expect.objectContaining({ id: results[0].id, firstName: "New", pEPURL__c: "https://pep.example/1", leadSource: "ON24" })]);
  });

  it("updateOnly reports 1004 for an unknown person and 1007 when several leads share the email", async () => {
    harness = await startHarness({ defaults: { seedLeads: SEED } });
    const results = await harness.client.syncLeads(
      [{ email: "missing@example.com", firstName: "X" }, { email: "twin@example.com", firstName: "Y" }, { id: 1001, pEPURL__c: "https://pep.example/ada" }],
      { action: "updateOnly", lookupField: "email" },
    );
    expect(results.map((r) => [r.status, r.reasons.map((x) => x.code)])).toEqual([
      ["skipped", ["1004"]],
      ["skipped", ["1007"]],
      ["skipped", ["1003"]], // lookupField is email, and this record has none
    ]);
    const byId = await harness.client.syncLeads([{ id: 1001, pEPURL__c: "https://pep.example/ada" }], { action: "updateOnly", lookupField: "id" });
    expect(byId).toEqual([{ index: 0, status: "updated", id: 1001, reasons: [] }]);
    expect(harness.server.state.instance().leads.get(1001)).toMatchObject({ pEPURL__c: "https://pep.example/ada" });
  });

  it("keeps 1003 per record for invalid data without failing the others", async () => {
    harness = await startHarness();
    const results = await harness.client.syncLeads(
      [{ email: "fine@example.com" }, { email: "ünïcode@example.com" }, { email: "long@example.com", firstName: "x".repeat(256) }, { email: "emp@example.com", numberOfEmployees: "1 - 49" }],
      { action: "createOnly" },
    );
    expect(results.map((r) => r.status)).toEqual(["created", "skipped", "skipped", "skipped"]);
    expect(results.slice(1).map((r) => r.reasons[0].code)).toEqual(["1003", "1003", "1003"]);
  });

  it("refuses pEPURL__c per record when the field is read-only", async () => {
    harness = await startHarness();
    const client = harness.clientFor(sandboxClientId("realistic", "read-only"));
    const [result] = await client.syncLeads([{ email: "pep@example.com", pEPURL__c: "https://pep.example" }], { action: "createOnly" });
    expect(result).toMatchObject({ status: "skipped", reasons: [{ code: "1003" }] });
  });

  it("sends at most 300 records per call and maps every result back", async () => {
    harness = await startHarness();
    const records = Array.from({ length: 450 }, (_, i) => ({ email: `bulk-${i}@example.com` }));
    const results = await harness.client.syncLeads(records, { action: "createOnly" });
    expect(harness.restLog().map((c) => c.operation)).toEqual(["syncLeads", "syncLeads"]);
    expect(results.map((r) => r.index)).toEqual(records.map((_, i) => i));
    expect(results.every((r) => r.status === "created")).toBe(true);
    expect(harness.server.state.instance().leads.size).toBe(450);
  });
});
