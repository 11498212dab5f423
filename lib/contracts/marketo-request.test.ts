import { describe, expect, it } from "vitest";
import { checkMarketoRequest } from "./marketo";
import type { RecordedRequest } from "./types";

const ORIGIN = "https://064-CCJ-768.mktorest.com";
const SANDBOX = "http://127.0.0.1:4020/api/sandbox/marketo";
const AUTH = { authorization: "Bearer cdf01657-110d-4155-99a7-f986b2ff13a0:int" };
const JSON_HEADERS = { ...AUTH, "content-type": "application/json" };
const FORM_HEADERS = { ...AUTH, "content-type": "application/x-www-form-urlencoded" };
const req = (method: string, url: string, headers: Record<string, string> = AUTH, body?: unknown): RecordedRequest => ({
  method, url, headers, ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
});

// Bodies from the developer guides (leads.md "Create and Update", custom-objects.md "Create and Update").
const SYNC_LEADS = { action: "createOnly", lookupField: "email", input: [{ email: "kjashaedd-1@klooblept.com", firstName: "Kataldar-1", postalCode: "04828" }] };
const COMPOUND_LOOKUP = { filterType: "dedupeFields", fields: ["marketoGuid", "Bedrooms", "yearBuilt"], input: [{ mlsNum: "1962352", houseOwnerId: "42645756" }] };
const SYNC_CARS = { action: "updateOnly", dedupeBy: "dedupeFields", input: [{ vin: "19UYA31581L000000", siebelId: "f2676861b5fb", make: "BMW", model: "3-Series 330i", year: 2003 }] };

describe("checkMarketoRequest accepts the calls the client makes, as the guides show them", () => {
  it.each([
    ["token (authentication.md)", req("GET", `${ORIGIN}/identity/oauth/token?grant_type=client_credentials&client_id=abc&client_secret=def`, {})],
    ["describe", req("GET", `${ORIGIN}/rest/v1/leads/describe.json`)],
    ["describe2", req("GET", `${SANDBOX}/rest/v1/leads/describe2.json`)],
    ["lookup by filter", req("GET", `${ORIGIN}/rest/v1/leads.json?filterType=id&filterValues=318581,318592`)],
    ["lookup as a form POST with _method=GET", req("POST", `${ORIGIN}/rest/v1/leads.json?_method=GET`, FORM_HEADERS, "filterType=email&filterValues=a%40b.test%2Cc%40d.test&fields=id%2Cemail")],
    ["sync leads", req("POST", `${ORIGIN}/rest/v1/leads.json`, JSON_HEADERS, SYNC_LEADS)],
    ["custom-object describe", req("GET", `${SANDBOX}/rest/v1/customobjects/oN24Attendee_c/describe.json`)],
    ["custom-object sync", req("POST", `${ORIGIN}/rest/v1/customobjects/car_c.json`, JSON_HEADERS, SYNC_CARS)],
    ["usage stats", req("GET", `${ORIGIN}/rest/v1/stats/usage.json`)],
    ["compound-key lookup as a JSON POST with _method=GET (custom-objects.md)", req("POST", `${ORIGIN}/rest/v1/customobjects/house_c.json?_method=GET`, JSON_HEADERS, COMPOUND_LOOKUP)],
    ["custom-object type list (a literal path beats a template)", req("GET", `${ORIGIN}/rest/v1/customobjects/schema.json?names=car_c`)],
  ])("%s", (_name, request) => {
    expect(checkMarketoRequest(request)).toEqual([]);
  });
});

describe("checkMarketoRequest rejects what the documents do not allow", () => {
  it("an unknown query parameter, also inside a _method=GET form body", () => {
    expect(checkMarketoRequest(req("GET", `${ORIGIN}/rest/v1/leads/describe.json?verbose=1`))).toEqual([
      'unknown query parameter "verbose" (not declared for describeUsingGET_2)',
    ]);
    expect(checkMarketoRequest(req("POST", `${ORIGIN}/rest/v1/leads.json?_method=GET`, FORM_HEADERS, "filterType=email&filterValues=a&limit=3"))).toEqual([
      'unknown query parameter "limit" (not declared for getLeadsByFilterUsingGET)',
    ]);
  });

  it("a compound-key lookup whose JSON body breaks the lookup schema", () => {
    const url = `${ORIGIN}/rest/v1/customobjects/house_c.json?_method=GET`;
    expect(checkMarketoRequest(req("POST", url, JSON_HEADERS, { ...COMPOUND_LOOKUP, fields: "marketoGuid" }))).toEqual([
      "request body.fields must be array",
    ]);
  });

  it("a missing required query parameter", () => {
    expect(checkMarketoRequest(req("GET", `${ORIGIN}/rest/v1/leads.json?filterType=email`))).toEqual([
      'missing required query parameter "filterValues"',
    ]);
  });

  it("a wrong method, a wrong method override and a _method=GET form without its content type", () => {
    expect(checkMarketoRequest(req("PUT", `${ORIGIN}/rest/v1/leads.json`))).toEqual([
      "method PUT is not declared for /rest/v1/leads.json (declared: GET, POST)",
    ]);
    expect(checkMarketoRequest(req("POST", `${ORIGIN}/rest/v1/leads.json?_method=DELETE`, FORM_HEADERS, "id=1"))[0]).toMatch(/^_method=DELETE on POST/);
    expect(checkMarketoRequest(req("POST", `${ORIGIN}/rest/v1/leads.json?_method=GET`, JSON_HEADERS, { filterType: "email" }))).toEqual([
      'POST /rest/v1/leads.json?_method=GET needs Content-Type application/x-www-form-urlencoded (got "application/json")',
    ]);
  });

  it("an unknown path, and a near miss that only fits a template taking an integer id", () => {
    expect(checkMarketoRequest(req("GET", `${ORIGIN}/rest/v1/lead/describe.json`))).toEqual([
      'path parameter "leadId" must be integer',
    ]);
    expect(checkMarketoRequest(req("GET", `${ORIGIN}/rest/v2/leads.json`))).toEqual([
      'unknown path "/rest/v2/leads.json": no Marketo operation has this path',
    ]);
  });

  it("a body missing its required field, of the wrong type, or not JSON", () => {
    expect(checkMarketoRequest(req("POST", `${ORIGIN}/rest/v1/leads.json`, JSON_HEADERS, { action: "createOnly" }))).toEqual([
      "request body must have required property 'input'",
    ]);
    expect(checkMarketoRequest(req("POST", `${ORIGIN}/rest/v1/leads.json`, JSON_HEADERS, { action: "upsert", input: [{ id: "50" }] }))).toEqual([
      'request body.action must be equal to one of the allowed values: ["createOnly","updateOnly","createOrUpdate","createDuplicate"]',
      "request body.input.0.id must be integer",
    ]);
    expect(checkMarketoRequest(req("POST", `${ORIGIN}/rest/v1/customobjects/car_c.json`, JSON_HEADERS, { ...SYNC_CARS, input: {} }))).toEqual([
      "request body.input must be array",
    ]);
    expect(checkMarketoRequest(req("POST", `${ORIGIN}/rest/v1/leads.json`, JSON_HEADERS, "{input:"))).toEqual([
      "syncLeadUsingPOST: body is not valid JSON",
    ]);
    expect(checkMarketoRequest(req("POST", `${ORIGIN}/rest/v1/leads.json`, JSON_HEADERS))).toEqual([
      "syncLeadUsingPOST: missing required JSON body",
    ]);
  });

  it("a missing Bearer header and the retired access_token query parameter", () => {
    expect(checkMarketoRequest(req("GET", `${ORIGIN}/rest/v1/stats/usage.json?access_token=abc`, {}))).toEqual([
      "getDailyUsageUsingGET: access token sent as the retired access_token query parameter; use the Authorization header",
      'getDailyUsageUsingGET: missing "Authorization: Bearer <token>" header',
    ]);
  });

  it("an identity call without its required, enumerated grant type", () => {
    expect(checkMarketoRequest(req("POST", `${ORIGIN}/identity/oauth/token?grant_type=password&client_id=a&client_secret=b`, {}))).toEqual([
      'query parameter "grant_type" must be equal to one of the allowed values: ["client_credentials"]',
    ]);
  });
});
