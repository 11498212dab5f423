import { describe, expect, it } from "vitest";
import { normalizeMarketoUrl } from "./identity-url";

const ORIGIN = "https://123-abc-456.mktorest.com";

describe("normalizeMarketoUrl", () => {
  it.each([
    ["https://123-ABC-456.mktorest.com/identity", /Removed "\/identity"/],
    ["https://123-ABC-456.mktorest.com/identity/", /Removed "\/identity"/],
    ["https://123-ABC-456.mktorest.com/identity/oauth/token", /Removed "\/identity\/oauth\/token"/],
    ["https://123-ABC-456.mktorest.com/rest", /Removed "\/rest"/],
    ["https://123-ABC-456.mktorest.com/rest/v1/leads.json", /Removed "\/rest\/v1\/leads.json"/],
    ["https://123-ABC-456.mktorest.com/", /trailing slash/],
    ["  https://123-ABC-456.mktorest.com/identity  ", /spaces or quotes/],
    ["123-ABC-456.mktorest.com/identity", /Added https:\/\//],
    ["http://123-ABC-456.mktorest.com/identity", /http:\/\/ to https:\/\//],
    ["https://123-ABC-456.mktorest.com//rest", /double slash/],
    ["https://123-ABC-456.mktorest.com/identity?x=1", /after \? or #/],
  ])("%s → the instance origin, saying what changed", (input, change) => {
    const result = normalizeMarketoUrl(input);
    expect(result).toMatchObject({ origin: ORIGIN });
    expect("changes" in result && result.changes.join(" ")).toMatch(change);
  });

  it("reports no change for an origin that is already clean", () => {
    expect(normalizeMarketoUrl("https://123-ABC-456.mktorest.com")).toEqual({ origin: ORIGIN, changes: [] });
  });

  it("keeps a loopback path prefix (the app's sandbox route) and plain http", () => {
    expect(normalizeMarketoUrl("http://localhost:3000/api/sandbox/marketo/identity")).toEqual({
      origin: "http://localhost:3000/api/sandbox/marketo",
      changes: ['Removed "/identity" from the end: the service adds it to each call itself.'],
    });
  });

  it.each([
    ["", /Enter the Identity URL/],
    ["   ", /Enter the Identity URL/],
    ["https://123-ABC-456.mktorest.com/some/page", /Unexpected path/],
    ["https://user:pw@123-ABC-456.mktorest.com", /user name or password/],
    ["ftp://123-ABC-456.mktorest.com", /https:\/\//],
    ["https://exa mple.com", /spaces/],
    ["https://[bad", /not a valid URL/],
  ])("refuses %j with a message", (input, message) => {
    const result = normalizeMarketoUrl(input);
    expect(result).toHaveProperty("error");
    expect((result as { error: string }).error).toMatch(message);
  });
});
