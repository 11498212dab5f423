import { describe, expect, it } from "vitest";
import { classifyOn24, on24Message } from "./classify";

const body = (message: string) => ({ message });

describe("classifyOn24", () => {
  it("passes 2xx through", () => {
    expect(classifyOn24(200, { registrants: [] })).toMatchObject({ kind: "ok", retry: false });
  });

  it("401: a bad token, worded for a marketer, not retried", () => {
    const c = classifyOn24(401, body("AccessTokenKey and AccessTokenSecret are wrong or invalid."));
    expect(c).toMatchObject({ kind: "auth", retry: false, detail: "AccessTokenKey and AccessTokenSecret are wrong or invalid." });
    expect(c.message).toMatch(/did not accept the access token key and secret/);
    expect(c.message).toMatch(/API Tokens/);
  });

  it("401: a deactivated token says so", () => {
    const c = classifyOn24(401, body("AccessTokenKey and AccessTokenSecret are deactivated."));
    expect(c).toMatchObject({ kind: "auth", retry: false });
    expect(c.message).toMatch(/deactivated/);
    expect(c.message).toMatch(/60 days/);
  });

  it("401: a missing header half asks for both", () => {
    expect(classifyOn24(401, body("Header must contain both accessTokenKey and accessTokenSecret.")).message).toMatch(/both/);
  });

  it.each([
    "You have reached the maximum number of calls for this api.",
    "You reached the maximum number of calls for this endpoint",
  ])("403 %s: throttled, retried", (message) => {
    expect(classifyOn24(403, body(message))).toMatchObject({ kind: "throttled", retry: true });
  });

  it("429: throttled, retried, honouring Retry-After in seconds (capped)", () => {
    expect(classifyOn24(429, body("Too many requests"))).toMatchObject({ kind: "throttled", retry: true });
    expect(classifyOn24(429, undefined, "7")).toMatchObject({ waitMs: 7000 });
    expect(classifyOn24(429, undefined, "86400").waitMs).toBe(300_000);
    expect(classifyOn24(429, undefined, "soon").waitMs).toBeUndefined();
  });

  it("any other 403: a configuration problem the user can act on, not retried", () => {
    const c = classifyOn24(403, body("You do not have permission to perform the requested operation."));
    expect(c).toMatchObject({ kind: "config", retry: false });
    expect(c.message).toMatch(/client ID/);
    expect(c.message).toMatch(/all endpoints/);
  });

  it.each([
    ["The client id 22921 is inactive.", /account is inactive/],
    ["The event 311512 is inactive.", /event is inactive/],
    ["The client id is not an Elite user", /Elite/],
    ["Power Leads report is not enabled for client 22921.", /not enabled/],
  ])("403 %s: specific configuration wording", (message, wording) => {
    const c = classifyOn24(403, body(message));
    expect(c.kind).toBe("config");
    expect(c.message).toMatch(wording);
  });

  it.each([
    ["The client 22921 doesn't exist.", /no account with this client ID/],
    ["The event 311512 doesn't exist.", /no event with this ID/],
    ["No registrant was found for that email address", /no matching registrant/],
    ["The attendant x@y.com doesn't exist.", /no matching registrant or attendee/],
  ])("404 %s", (message, wording) => {
    const c = classifyOn24(404, body(message));
    expect(c).toMatchObject({ kind: "not_found", retry: false });
    expect(c.message).toMatch(wording);
  });

  it.each([500, 502, 503, 504, 408])("%i: retried", (status) => {
    expect(classifyOn24(status, "<html>Bad gateway</html>")).toMatchObject({ kind: "retry", retry: true });
  });

  it.each(["timeout", "network", "malformed"] as const)("%s: retried", (outcome) => {
    expect(classifyOn24(outcome)).toMatchObject({ kind: "retry", retry: true });
  });

  it("400 and other 4xx: fatal, with ON24's message", () => {
    const c = classifyOn24(400, body("Error, incorrect date formats."));
    expect(c).toMatchObject({ kind: "fatal", retry: false });
    expect(c.message).toMatch(/incorrect date formats/);
    expect(classifyOn24(410)).toMatchObject({ kind: "fatal", retry: false });
  });
});

describe("on24Message", () => {
  it("reads {message} from objects and JSON text, and short plain text", () => {
    expect(on24Message({ message: "x" })).toBe("x");
    expect(on24Message('{"message":"y"}')).toBe("y");
    expect(on24Message("plain")).toBe("plain");
    expect(on24Message({ error: "z" })).toBeUndefined();
    expect(on24Message("")).toBeUndefined();
  });
});
