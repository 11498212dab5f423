import { describe, expect, it } from "vitest";
import { checkOn24Request } from "./on24";
import type { RecordedRequest } from "./types";

// Header values are the document's own parameter examples.
const AUTH = {
  accesstokenkey: "63129107067A520E6B7DE18D5E1CB2BF",
  accesstokensecret: "072639740ac239333e3708a1623b9de3590d972e6b1060071b726ecfd9b216001b45391717d9fbeb780438",
};
const NA = "https://api.on24.com/v2";
const get = (url: string, headers: Record<string, string> = AUTH): RecordedRequest => ({ method: "GET", url, headers });

describe("checkOn24Request accepts the calls the sync makes, built from the document's parameter examples", () => {
  it.each([
    ["list events", `${NA}/client/15448/event?startdate=2007-12-03&enddate=2007-12-05&datefiltermode=updated&contenttype=webcast&pageoffset=0&itemsperpage=100`],
    ["event metadata", `${NA}/client/15448/event/1234567`],
    ["client-level registrants", `${NA}/client/15448/registrant?startdate=2007-12-03&enddate=2007-12-05&pageoffset=1&itemsperpage=100`],
    ["client-level attendees by last activity", `${NA}/client/15448/attendee?datefiltermode=lastActivity&startdate=2007-12-03&enddate=2007-12-05&pageoffset=0&itemsperpage=100`],
    ["event-level registrants", `${NA}/client/15448/event/1234567/registrant?startdate=2007-12-03`],
    ["registrant by email (encoded @)", `${NA}/client/15448/registrant/jane%40example.com`],
    ["attendee by email", `${NA}/client/15448/attendee/jane@example.com`],
    ["Europe host", "https://api.eu.on24.com/v2/client/15448/event/1234567"],
    ["the sandbox mount", "http://127.0.0.1:4010/api/sandbox/on24/v2/client/15448/registrant?pageoffset=2"],
    ["the document's own server path", "https://example.test/wcc/api/v2/client/15448/attendee"],
  ])("%s", (_name, url) => {
    expect(checkOn24Request(get(url))).toEqual([]);
  });

  it("compares header names case-insensitively, as HTTP does", () => {
    const request = { method: "get", url: `${NA}/client/15448/event`, headers: { AccessTokenKey: "k", ACCESSTOKENSECRET: "s" } };
    expect(checkOn24Request(request)).toEqual([]);
  });
});

describe("checkOn24Request rejects what the document does not allow", () => {
  it("an unknown query parameter, including a camelCase spelling of a declared one", () => {
    expect(checkOn24Request(get(`${NA}/client/15448/registrant?pageOffset=1&foo=2`))).toEqual([
      'unknown query parameter "pageOffset" (not declared for AnalyticsClientLevel.Registrants)',
      'unknown query parameter "foo" (not declared for AnalyticsClientLevel.Registrants)',
    ]);
  });

  it("paging parameters on event-level registrants, which the document does not declare", () => {
    expect(checkOn24Request(get(`${NA}/client/15448/event/1234567/registrant?itemsperpage=100`))).toEqual([
      'unknown query parameter "itemsperpage" (not declared for AnalyticsEventLevel.Registrants)',
    ]);
  });

  it("a method the path does not declare", () => {
    expect(checkOn24Request({ ...get(`${NA}/client/15448/attendee`), method: "POST" })).toEqual([
      "method POST is not declared for /client/{clientId}/attendee (declared: GET)",
    ]);
  });

  it("an unknown path, and a known path outside a /v2 base", () => {
    expect(checkOn24Request(get(`${NA}/client/15448/attendees`))[0]).toMatch(/^unknown path "\/v2\/client\/15448\/attendees"/);
    expect(checkOn24Request(get("https://api.on24.com/client/15448/event"))[0]).toMatch(/^unknown path/);
  });

  it("a missing auth header (both are required)", () => {
    expect(checkOn24Request(get(`${NA}/client/15448/event`, { accesstokenkey: "k" }))).toEqual([
      'missing required header "accessTokenSecret" (AnalyticsClientLevel.Events)',
    ]);
  });

  it("values of the wrong type or format", () => {
    expect(checkOn24Request(get(`${NA}/client/15448/event/abc`))).toEqual(['path parameter "eventId" must be integer']);
    expect(checkOn24Request(get(`${NA}/client/15448/attendee?pageoffset=first&startdate=2007-12-03T10:00:00`))).toEqual([
      'query parameter "startdate" must match format "date"',
      'query parameter "pageoffset" must be integer',
    ]);
  });

  it("a GET that carries a body", () => {
    expect(checkOn24Request({ ...get(`${NA}/client/15448/event`), body: "x=1" })).toEqual([
      "AnalyticsClientLevel.Events: a GET request must not carry a body",
    ]);
  });
});
