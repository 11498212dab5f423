import { afterEach, describe, expect, it } from "vitest";
import { SANDBOX_CUSTOM_OBJECT, sandboxClientId } from "@/lib/sandbox/marketo/constants";
import { MarketoError } from "./errors";
import { rejectionOf, startHarness, type Harness } from "./test-support";

let harness: Harness | undefined;
afterEach(async () => harness?.server.close());

const CO = SANDBOX_CUSTOM_OBJECT;
const PEOPLE = [{ email: "a@example.com" }, { email: "b@example.com" }];

describe("describeCustomObject", () => {
  it("reads the realistic default: the ON24 key, the link to Lead and about 40 optional fields", async () => {
    harness = await startHarness();
    const described = await harness.client.describeCustomObject(CO);
    expect(described.name).toBe(CO);
    expect(described.dedupeFields).toEqual(["personid", "eventid", "eventuserid"]);
    expect(described.relationships).toEqual([{ field: "personid", type: "parent", relatedTo: { name: "Lead", field: "Id" } }]);
    const names = described.fields.map((f) => f.name);
    const optional = names.filter((n) => !["marketoGUID", "createdAt", "updatedAt", "personid", "eventid", "eventuserid"].includes(n));
    expect(optional.length).toBeGreaterThanOrEqual(38);
    expect(optional.length).toBeLessThanOrEqual(44);
    expect(described.fields.find((f) => f.name === "eventid")).toMatchObject({ dataType: "string", length: 255, updateable: false });
    // Through the record API's describe, never the schema API (which needs Custom Object Type permissions).
    expect(harness.restLog().map((c) => c.path)).toEqual([`/rest/v1/customobjects/${CO}/describe.json`]);
  });

  it.each([
    ["valid-na-integer", "integer"],
    ["eu-integer", "integer"],
    ["valid-string", "string"],
  ] as const)("%s declares eventid and eventuserid as %s", async (variant, type) => {
    harness = await startHarness();
    const described = await harness.clientFor(sandboxClientId(variant)).describeCustomObject(CO);
    expect(described.fields.filter((f) => f.name === "eventid" || f.name === "eventuserid").map((f) => f.dataType)).toEqual([type, type]);
    expect(described.dedupeFields).toEqual(["personid", "eventid", "eventuserid"]);
  });

  it("missing-dedupe has only personid and eventid as dedupe fields", async () => {
    harness = await startHarness();
    const described = await harness.clientFor(sandboxClientId("missing-dedupe")).describeCustomObject(CO);
    expect(described.dedupeFields).toEqual(["personid", "eventid"]);
  });

  it("wrong-types carries wrong types, a too-short length and an unknown field", async () => {
    harness = await startHarness();
    const fields = (await harness.clientFor(sandboxClientId("wrong-types")).describeCustomObject(CO)).fields;
    const byName = Object.fromEntries(fields.map((f) => [f.name, f]));
    expect(byName.liveminutes.dataType).toBe("date");
    expect(byName.engagementscore.dataType).toBe("integer");
    expect(byName.campaigncode.length).toBe(20);
    expect(byName.webinarnotes__legacy).toBeDefined();
  });

  it("object-missing → not-found (610); object-missing-empty → not-found (empty result)", async () => {
    harness = await startHarness();
    const missing = await rejectionOf(harness.clientFor(sandboxClientId("object-missing")).describeCustomObject(CO));
    expect(missing).toMatchObject({ kind: "not-found", code: "610" });
    const empty = await rejectionOf(harness.clientFor(sandboxClientId("object-missing-empty")).describeCustomObject(CO));
    expect(empty).toMatchObject({ kind: "not-found", code: "empty" });
    expect((empty as MarketoError).message).toMatch(/no approved custom object/);
  });

  it("access-denied → 603 naming Read-Write Custom Object", async () => {
    harness = await startHarness();
    const error = await rejectionOf(harness.clientFor(sandboxClientId("access-denied")).describeCustomObject(CO));
    expect(error).toMatchObject({ kind: "access-denied", code: "603", permission: "Read-Write Custom Object" });
    expect((error as Error).message).toContain("Read-Write Custom Object");
  });

  it("refuses a name that is not an API name before sending anything", async () => {
    harness = await startHarness();
    await expect(harness.client.describeCustomObject("../leads")).rejects.toMatchObject({ kind: "fatal" });
    expect(harness.calls).toHaveLength(0);
  });
});

describe("syncCustomObjects", () => {
  it("creates, then updates on a rerun (idempotent by dedupe key)", async () => {
    harness = await startHarness({ defaults: { seedLeads: PEOPLE } });
    const record = { personid: 1001, eventid: "4000", eventuserid: "9000", attendedlive: "Y", liveminutes: 42 };
    const [first] = await harness.client.syncCustomObjects(CO, [record]);
    expect(first).toEqual({ index: 0, status: "created", marketoGUID: expect.any(String), reasons: [] });
    const [second] = await harness.client.syncCustomObjects(CO, [{ ...record, liveminutes: 50 }]);
    expect(second).toEqual({ index: 0, status: "updated", marketoGUID: first.marketoGUID, reasons: [] });
    const stored = harness.server.state.instance().customObjectRecords();
    expect(stored).toHaveLength(1);
    expect(stored[0].values).toMatchObject({ liveminutes: 50, attendedlive: "Y" });
    const request = JSON.parse(harness.calls.at(-1)!.request.body!);
    expect(request).toMatchObject({ action: "createOrUpdate", dedupeBy: "dedupeFields" });
  });

  it("keeps 1004 (person not a lead) and 1003 (wrong type, over-length) per record", async () => {
    harness = await startHarness({ defaults: { seedLeads: PEOPLE } });
    const results = await harness.client.syncCustomObjects(CO, [
      { personid: 1001, eventid: "1", eventuserid: "1" },
      { personid: 424242, eventid: "1", eventuserid: "2" },
      { personid: 1002, eventid: "1", eventuserid: "3", liveminutes: "a lot" },
      { personid: 1002, eventid: "1", eventuserid: "4", attendedlive: "Yes" },
      { personid: 1002, eventid: "1", eventuserid: "5", noSuchField: 1 },
    ]);
    expect(results.map((r) => [r.index, r.status, r.reasons.map((x) => x.code)])).toEqual([
      [0, "created", []],
      [1, "skipped", ["1004"]],
      [2, "skipped", ["1003"]],
      [3, "skipped", ["1003"]],
      [4, "skipped", ["1006"]],
    ]);
    expect(results[1].reasons[0].message).toBe("Lead not found");
  });

  it("merges inputs sharing a dedupe key before sending (later values win) and maps the result to each", async () => {
    harness = await startHarness({ defaults: { seedLeads: PEOPLE } });
    const results = await harness.client.syncCustomObjects(CO, [
      { personid: 1001, eventid: "7", eventuserid: "70", liveminutes: 1, campaigncode: "first" },
      { personid: 1002, eventid: "7", eventuserid: "71" },
      { personid: 1001, eventid: "7", eventuserid: "70", liveminutes: 9 },
    ]);
    expect(results).toEqual([
      { index: 0, status: "created", marketoGUID: expect.any(String), reasons: [] },
      { index: 1, status: "created", marketoGUID: expect.any(String), reasons: [] },
      { index: 2, status: "created", marketoGUID: results[0].marketoGUID, reasons: [], mergedInto: 0 },
    ]);
    expect(JSON.parse(harness.calls.at(-1)!.request.body!).input).toHaveLength(2);
    const stored = harness.server.state.instance().customObjectRecords().find((r) => r.values.eventuserid === "70");
    expect(stored?.values).toMatchObject({ liveminutes: 9, campaigncode: "first" });
  });

  it("writes integer ids as the integer variant declares them", async () => {
    harness = await startHarness();
    const client = harness.clientFor(sandboxClientId("valid-na-integer"));
    harness.server.state.instance(sandboxClientId("valid-na-integer")).addLead({ email: "i@example.com", id: 55 }, Date.now());
    const results = await client.syncCustomObjects(CO, [
      { personid: 55, eventid: 311512, eventuserid: 264677544 },
      { personid: 55, eventid: "not-a-number", eventuserid: 1 },
    ]);
    expect(results.map((r) => r.status)).toEqual(["created", "skipped"]);
  });

  it("splits 300+ records and bodies over 1 MB into several calls; a record over 1 MB alone is failed, not sent", async () => {
    harness = await startHarness({ defaults: { seedLeads: PEOPLE } });
    const text = "q".repeat(2000);
    const records = Array.from({ length: 320 }, (_, i) => ({
      personid: 1001,
      eventid: "1",
      eventuserid: String(i),
      userquestionsandanswers: text,
      poll1question: text,
      poll2question: text,
    }));
    records.splice(5, 0, { personid: 1001, eventid: "1", eventuserid: "huge", userquestionsandanswers: "h".repeat(1_100_000) } as never);
    const results = await harness.client.syncCustomObjects(CO, records);
    const calls = harness.restLog().filter((c) => c.operation === "syncCustomObjects");
    expect(calls.length).toBeGreaterThanOrEqual(3);
    for (const call of harness.calls.filter((c) => c.request.url.endsWith(`${CO}.json`))) {
      expect(Buffer.byteLength(call.request.body!)).toBeLessThanOrEqual(1_048_576);
      expect(JSON.parse(call.request.body!).input.length).toBeLessThanOrEqual(300);
    }
    expect(results[5]).toEqual({ index: 5, status: "failed", reasons: [{ code: "413", message: expect.stringMatching(/1 MB/) }] });
    expect(results.filter((r) => r.status === "created")).toHaveLength(320);
  });

  it("access-denied and object-missing fail the whole call with 603 / 610", async () => {
    harness = await startHarness();
    const denied = await rejectionOf(harness.clientFor(sandboxClientId("access-denied")).syncCustomObjects(CO, [{ personid: 1, eventid: "1", eventuserid: "1" }]));
    expect(denied).toMatchObject({ kind: "access-denied", permission: "Read-Write Custom Object" });
    const missing = await rejectionOf(harness.clientFor(sandboxClientId("object-missing")).syncCustomObjects(CO, [{ personid: 1, eventid: "1", eventuserid: "1" }]));
    expect(missing).toMatchObject({ kind: "not-found", code: "610" });
  });
});

describe("usage", () => {
  it("reports the calls counted today", async () => {
    harness = await startHarness();
    await harness.client.describeLeads2();
    await harness.client.describeCustomObject(CO);
    const usage = await harness.client.usage();
    expect(usage.total).toBe(3);
    expect(usage.users).toEqual([{ userId: "on24connect@sandbox.marketo.test", count: 3 }]);
    expect(usage.date).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });
});
