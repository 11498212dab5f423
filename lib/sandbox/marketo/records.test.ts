import { describe, expect, it } from "vitest";
import { checkMarketoResponse } from "@/lib/contracts/marketo";
import { SANDBOX_CUSTOM_OBJECT, sandboxClientId } from "./constants";
import { MarketoSandbox } from "./sandbox";
import { BASE, rest, tokenFor } from "./test-requests";

const CO_PATH = `/rest/v1/customobjects/${SANDBOX_CUSTOM_OBJECT}.json`;

async function seeded(seedLeads = [{ email: "a@example.com" }, { email: "b@example.com" }]) {
  const sandbox = new MarketoSandbox({ defaults: { seedLeads } });
  return { sandbox, token: await tokenFor(sandbox) };
}

describe("sandbox custom-object sync", () => {
  it("skips a repeated dedupe key inside one batch with 1036, keeping the first", async () => {
    const { sandbox, token } = await seeded();
    const reply = await rest(sandbox, "POST", CO_PATH, {
      token,
      json: {
        action: "createOrUpdate",
        dedupeBy: "dedupeFields",
        input: [
          { personid: 1001, eventid: "1", eventuserid: "1", liveminutes: 1 },
          { personid: 1001, eventid: 1, eventuserid: "1", liveminutes: 2 },
        ],
      },
    });
    expect(reply.body.result).toEqual([
      { seq: 0, status: "created", marketoGUID: expect.any(String) },
      { seq: 1, status: "skipped", reasons: [{ code: "1036", message: "Duplicate object found in input" }] },
    ]);
    expect(sandbox.instance().customObjectRecords()[0].values.liveminutes).toBe(1);
  });

  it("createOnly skips an existing record (1017); updateOnly skips a missing one (1013)", async () => {
    const { sandbox, token } = await seeded();
    const record = { personid: 1001, eventid: "1", eventuserid: "1" };
    await rest(sandbox, "POST", CO_PATH, { token, json: { input: [record] } });
    const createOnly = await rest(sandbox, "POST", CO_PATH, { token, json: { action: "createOnly", input: [record] } });
    expect(createOnly.body.result?.[0]).toMatchObject({ status: "skipped", reasons: [{ code: "1017" }] });
    const updateOnly = await rest(sandbox, "POST", CO_PATH, { token, json: { action: "updateOnly", input: [{ ...record, eventuserid: "2" }] } });
    expect(updateOnly.body.result?.[0]).toMatchObject({ status: "skipped", reasons: [{ code: "1013" }] });
  });

  it("rejects a record missing a dedupe field, a system field or an over-length value (1003)", async () => {
    const { sandbox, token } = await seeded();
    const reply = await rest(sandbox, "POST", CO_PATH, {
      token,
      json: {
        input: [
          { personid: 1001, eventid: "1" },
          { personid: 1001, eventid: "1", eventuserid: "2", marketoGUID: "x" },
          { personid: 1001, eventid: "1", eventuserid: "3", campaigncode: "c".repeat(256) },
          { personid: 1001, eventid: "1", eventuserid: "4", registrationdate: "yesterday" },
          { personid: 1001, eventid: "1", eventuserid: "5", registrationdate: "2026-04-01T10:00:00+00:00", engagementscore: "7.5" },
        ],
      },
    });
    expect(reply.body.result?.map((r) => (r.reasons as { code: string }[] | undefined)?.[0]?.code ?? r.status)).toEqual([
      "1003",
      "1003",
      "1003",
      "1003",
      "created",
    ]);
    expect(sandbox.instance().customObjectRecords()[0].values).toMatchObject({ engagementscore: 7.5 });
  });

  it("clears a field written as null or an empty string", async () => {
    const { sandbox, token } = await seeded();
    const key = { personid: 1002, eventid: "9", eventuserid: "9" };
    await rest(sandbox, "POST", CO_PATH, { token, json: { input: [{ ...key, campaigncode: "spring" }] } });
    await rest(sandbox, "POST", CO_PATH, { token, json: { input: [{ ...key, campaigncode: "" }] } });
    expect(sandbox.instance().customObjectRecords()[0].values.campaigncode).toBeNull();
  });

  it("answers 610 for another object name and refuses more than 300 records", async () => {
    const { sandbox, token } = await seeded();
    expect((await rest(sandbox, "POST", "/rest/v1/customobjects/car_c.json", { token, json: { input: [] } })).body.errors?.[0].code).toBe("610");
    const tooMany = Array.from({ length: 301 }, (_, i) => ({ personid: 1001, eventid: "1", eventuserid: String(i) }));
    expect((await rest(sandbox, "POST", CO_PATH, { token, json: { input: tooMany } })).body.errors?.[0].code).toBe("1003");
  });
});

describe("sandbox leads", () => {
  it("createOrUpdate updates the one match, creates when none, 1007 when several", async () => {
    const { sandbox, token } = await seeded([{ email: "one@example.com" }, { email: "two@example.com" }, { email: "TWO@example.com" }]);
    const reply = await rest(sandbox, "POST", "/rest/v1/leads.json", {
      token,
      json: { input: [{ email: "ONE@example.com", city: "Paris" }, { email: "new@example.com" }, { email: "two@example.com", city: "Rome" }] },
    });
    expect(reply.body.result).toEqual([
      { id: 1001, status: "updated" },
      { id: 1004, status: "created" },
      { status: "skipped", reasons: [{ code: "1007", message: "Multiple leads match the lookup criteria" }] },
    ]);
    expect(sandbox.instance().leads.get(1001)).toMatchObject({ city: "Paris" });
  });

  it("rejects unknown fields (1006) and an id with createOnly (1003)", async () => {
    const { sandbox, token } = await seeded();
    const reply = await rest(sandbox, "POST", "/rest/v1/leads.json", {
      token,
      json: { action: "createOnly", input: [{ email: "x@example.com", favouriteColour: "red" }, { email: "y@example.com", id: 5 }] },
    });
    expect(reply.body.result?.map((r) => (r.reasons as { code: string }[])[0].code)).toEqual(["1006", "1003"]);
  });

  it("lookup: GET and POST ?_method=GET answer alike; too many values or matches are refused", async () => {
    const crowd = Array.from({ length: 1001 }, () => ({ email: "crowd@example.com" }));
    const { sandbox, token } = await seeded([{ email: "a@example.com" }, ...crowd]);
    const viaGet = await rest(sandbox, "GET", "/rest/v1/leads.json?filterType=email&filterValues=A@example.com&fields=email,company", { token });
    const viaPost = await rest(sandbox, "POST", "/rest/v1/leads.json?_method=GET", {
      token,
      form: { filterType: "email", filterValues: "A@example.com", fields: "email,company" },
    });
    expect(viaGet.body.result).toEqual([{ id: 1001, email: "a@example.com" }]);
    expect(viaPost.body.result).toEqual(viaGet.body.result);
    const values = Array.from({ length: 301 }, (_, i) => `v${i}@example.com`).join(",");
    expect((await rest(sandbox, "GET", `/rest/v1/leads.json?filterType=email&filterValues=${values}`, { token })).body.errors?.[0].code).toBe("1003");
    const crowded = await rest(sandbox, "GET", "/rest/v1/leads.json?filterType=email&filterValues=crowd@example.com", { token });
    expect(crowded.body.errors).toEqual([{ code: "1003", message: "Too many results match the filter" }]);
  });

  it("pages with moreResult and nextPageToken", async () => {
    const { sandbox, token } = await seeded(Array.from({ length: 5 }, () => ({ email: "same@example.com" })));
    const first = await rest(sandbox, "GET", "/rest/v1/leads.json?filterType=email&filterValues=same@example.com&batchSize=3", { token });
    expect(first.body).toMatchObject({ success: true, moreResult: true, nextPageToken: expect.any(String) });
    expect(first.body.result).toHaveLength(3);
    const next = await rest(sandbox, "GET", `/rest/v1/leads.json?filterType=email&filterValues=same@example.com&batchSize=3&nextPageToken=${first.body.nextPageToken}`, { token });
    expect(next.body.result).toHaveLength(2);
    expect(next.body.moreResult).toBeUndefined();
  });
});

describe("sandbox custom-object query and the flaky variant", () => {
  const records = (n: number) => Array.from({ length: n }, (_, i) => ({ personid: 1001 + (i % 2), eventid: "7", eventuserid: String(i + 1) }));

  it("a flaky instance refuses about one in five new records once with 1014, then creates them when sent again", async () => {
    const sandbox = new MarketoSandbox({ defaults: { seedLeads: [{ email: "a@example.com" }, { email: "b@example.com" }] } });
    const token = await tokenFor(sandbox, sandboxClientId("realistic", "updateable", true));
    const input = records(100);
    const first = await rest(sandbox, "POST", CO_PATH, { token, json: { input } });
    const refused = first.body.result!.filter((r) => r.status === "skipped");
    expect(refused.length).toBeGreaterThan(5);
    expect(refused.length).toBeLessThan(40);
    expect(refused[0].reasons).toEqual([{ code: "1014", message: "Failed to create object" }]);
    const again = await rest(sandbox, "POST", CO_PATH, { token, json: { input: refused.map((r) => input[r.seq as number]) } });
    expect(again.body.result!.map((r) => r.status)).toEqual(refused.map(() => "created"));
    expect(sandbox.instance(sandboxClientId("realistic", "updateable", true)).customObjectRecords()).toHaveLength(100);
    // The plain sandbox never refuses.
    const plain = await rest(sandbox, "POST", CO_PATH, { token: await tokenFor(sandbox), json: { input } });
    expect(plain.body.result!.every((r) => r.status === "created")).toBe(true);
  });

  it("queries records by personid or marketoGUID, with paging, and checks its filter", async () => {
    const { sandbox, token } = await seeded();
    await rest(sandbox, "POST", CO_PATH, { token, json: { input: records(5) } });
    const byPerson = await rest(sandbox, "GET", `${CO_PATH}?filterType=personid&filterValues=1001&fields=eventid`, { token });
    expect(byPerson.body.result!.map((r) => r.eventuserid)).toEqual(["1", "3", "5"]);
    expect(byPerson.body.result![0]).toEqual({
      seq: 0, marketoGUID: expect.any(String), personid: 1001, eventid: "7", eventuserid: "1", createdAt: expect.any(String), updatedAt: expect.any(String),
    });
    const guid = byPerson.body.result![1].marketoGUID as string;
    const byGuid = await rest(sandbox, "GET", `${CO_PATH}?filterType=marketoGUID&filterValues=${guid}`, { token });
    expect(byGuid.body.result!.map((r) => r.eventuserid)).toEqual(["3"]);
    const page = await rest(sandbox, "GET", `${CO_PATH}?filterType=personid&filterValues=1001,1002&batchSize=2`, { token });
    expect(page.body).toMatchObject({ success: true, nextPageToken: "2" });
    const rest2 = await rest(sandbox, "GET", `${CO_PATH}?filterType=personid&filterValues=1001,1002&batchSize=2&nextPageToken=4`, { token });
    expect(rest2.body.result).toHaveLength(1);
    expect(rest2.body.nextPageToken).toBeUndefined();
    expect((await rest(sandbox, "GET", `${CO_PATH}?filterType=liveminutes&filterValues=1`, { token })).body.errors?.[0].code).toBe("1003");
    for (const page of [byPerson, byGuid]) expect(checkMarketoResponse({ method: "GET", url: `${BASE}${CO_PATH}`, headers: {} }, 200, page.body)).toEqual([]);
  });
});

describe("sandbox request errors", () => {
  it("answers 610 for an unknown resource, 605 for a wrong method, 612 without JSON, 609 for broken JSON", async () => {
    const { sandbox, token } = await seeded();
    expect((await rest(sandbox, "GET", "/rest/v1/nothing.json", { token })).body.errors?.[0].code).toBe("610");
    expect((await rest(sandbox, "POST", "/rest/v1/leads/describe.json", { token, json: {} })).body.errors?.[0].code).toBe("605");
    expect((await rest(sandbox, "POST", "/rest/v1/leads.json", { token, body: "input=1", contentType: "text/plain" })).body.errors?.[0].code).toBe("612");
    expect((await rest(sandbox, "POST", "/rest/v1/leads.json", { token, body: "{", contentType: "application/json" })).body.errors?.[0].code).toBe("609");
  });
});
