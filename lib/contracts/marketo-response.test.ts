import { describe, expect, it } from "vitest";
import { checkMarketoResponse } from "./marketo";
import type { RecordedRequest } from "./types";

const ORIGIN = "https://064-CCJ-768.mktorest.com";
const at = (method: string, path: string): RecordedRequest => ({ method, url: `${ORIGIN}${path}`, headers: {} });
const LOOKUP_FORM: RecordedRequest = {
  method: "POST", url: `${ORIGIN}/rest/v1/leads.json?_method=GET`,
  headers: { "content-type": "application/x-www-form-urlencoded" }, body: "filterType=email&filterValues=abe%40usa.gov",
};

// Response bodies from the developer guides: authentication.md, leads.md, custom-objects.md, error-codes.md.
const TOKEN = { access_token: "cdf01657-110d-4155-99a7-f986b2ff13a0:int", token_type: "bearer", expires_in: 3599, scope: "apis@acmeinc.com" };
const LEADS = { requestId: "12951#15699db5c97", success: true, result: [{ id: 318581, updatedAt: "2016-05-17T22:11:45Z", lastName: "Lincoln", email: "abe@usa.gov", createdAt: "2015-03-17T00:18:40Z", firstName: "Abraham" }] };
const SYNCED = { requestId: "e42b#14272d07d78", success: true, result: [{ id: 50, status: "created" }] };
const CO_SYNCED = { requestId: "e42b#14272d07d78", success: true, result: [
  { seq: 0, status: "updated", marketoGUID: "dff23271-f996-47d7-984f-f2676861b5fb" },
  { seq: 2, status: "skipped", reasons: [{ code: "1004", message: "Lead not found" }] },
] };
const CO_DESCRIBE = { requestId: "185d6#14b51985ff0", success: true, result: [{
  name: "Car", displayName: "Car", description: "Car owner", createdAt: "2015-02-03T22:36:23Z", updatedAt: "2015-02-03T22:36:24Z",
  idField: "marketoGUID", dedupeFields: ["vin"], searchableFields: [["vin"], ["marketoGUID"]],
  relationships: [{ field: "siebelId", type: "parent", object: { name: "Lead", field: "siebelId" } }],
  fields: [{ name: "vin", displayName: "VIN", dataType: "string", length: 36, updateable: false }],
}] };
const DESCRIBE = { requestId: "37ca#1475b74e276", success: true, result: [{ id: 2, displayName: "Company Name", dataType: "string", length: 255, rest: { name: "company", readOnly: false }, soap: { name: "Company", readOnly: false } }] };
const EXPIRED = { requestId: "e42b#14272d07d78", success: false, errors: [{ code: "602", message: "Access token expired" }] };

describe("checkMarketoResponse accepts the guides' responses", () => {
  it.each([
    ["token", at("GET", "/identity/oauth/token"), TOKEN],
    ["lookup", at("GET", "/rest/v1/leads.json"), LEADS],
    ["lookup through _method=GET", LOOKUP_FORM, LEADS],
    ["empty lookup", at("GET", "/rest/v1/leads.json"), { requestId: "177a1#1578b643357", result: [], success: true }],
    ["sync leads", at("POST", "/rest/v1/leads.json"), SYNCED],
    ["custom-object sync with a skipped record", at("POST", "/rest/v1/customobjects/car_c.json"), CO_SYNCED],
    ["custom-object describe", at("GET", "/rest/v1/customobjects/car_c/describe.json"), CO_DESCRIBE],
    ["lead describe", at("GET", "/rest/v1/leads/describe.json"), DESCRIBE],
    ["a response-level error", at("POST", "/rest/v1/leads.json"), EXPIRED],
  ])("%s", (_name, request, body) => {
    expect(checkMarketoResponse(request, 200, body)).toEqual([]);
  });

  it("accepts the HTTP-level errors the guide documents, without a body contract", () => {
    for (const status of [413, 414, 500, 502]) expect(checkMarketoResponse(at("POST", "/rest/v1/leads.json"), status, "<html>")).toEqual([]);
    expect(checkMarketoResponse(at("GET", "/identity/oauth/token"), 401, { error: "unauthorized" })).toEqual([]);
    expect(checkMarketoResponse(at("GET", "/rest/v1/leads.json"), 0, undefined)).toEqual([]);
  });
});

describe("checkMarketoResponse rejects responses that break the documents", () => {
  it("a wrong type (lead id as a string, error code as a number)", () => {
    expect(checkMarketoResponse(at("GET", "/rest/v1/leads.json"), 200, { ...LEADS, result: [{ id: "318581" }] })).toEqual([
      "response.result.0.id must be integer",
    ]);
    expect(checkMarketoResponse(at("GET", "/rest/v1/leads.json"), 200, { ...EXPIRED, errors: [{ code: 602, message: "x" }] })).toEqual([
      "response.errors.0.code must be string",
    ]);
  });

  it("missing required fields: requestId, a reason's message, the token's access_token", () => {
    const { requestId: _omit, ...noRequestId } = SYNCED;
    expect(checkMarketoResponse(at("POST", "/rest/v1/leads.json"), 200, noRequestId)).toEqual([
      "response must have required property 'requestId'",
    ]);
    const badReason = { ...CO_SYNCED, result: [{ seq: 0, status: "skipped", reasons: [{ code: "1004" }] }] };
    expect(checkMarketoResponse(at("POST", "/rest/v1/customobjects/car_c.json"), 200, badReason)).toEqual([
      "response.result.0.reasons.0 must have required property 'message'",
    ]);
    const { access_token: _token, ...noToken } = TOKEN;
    expect(checkMarketoResponse(at("POST", "/identity/oauth/token"), 200, { ...noToken, token_type: "mac" })).toEqual([
      "response must have required property 'access_token'",
      'response.token_type must be equal to one of the allowed values: ["bearer"]',
    ]);
  });

  it("a custom-object result without seq, a describe without idField", () => {
    expect(checkMarketoResponse(at("POST", "/rest/v1/customobjects/car_c.json"), 200, { ...CO_SYNCED, result: [{ status: "created", marketoGUID: "g" }] })).toEqual([
      "response.result.0 must have required property 'seq'",
    ]);
    const { idField: _id, ...noIdField } = CO_DESCRIBE.result[0];
    expect(checkMarketoResponse(at("GET", "/rest/v1/customobjects/car_c/describe.json"), 200, { ...CO_DESCRIBE, result: [noIdField] })).toEqual([
      "response.result.0 must have required property 'idField'",
    ]);
  });

  it("success false without errors, and an undocumented HTTP status", () => {
    expect(checkMarketoResponse(at("POST", "/rest/v1/leads.json"), 200, { requestId: "x", success: false })).toEqual([
      "response: success is false but there is no errors array saying why",
    ]);
    expect(checkMarketoResponse(at("GET", "/rest/v1/leads.json"), 429, {})).toEqual([
      "status 429 is neither declared for getLeadsByFilterUsingGET nor a documented HTTP-level error",
    ]);
  });
});
