import { describe, expect, it } from "vitest";
import { checkMarketoHost } from "./host-rule";

describe("checkMarketoHost", () => {
  it.each(["https://123-ABC-456.mktorest.com", "https://987-zyx-001.mktorest.com/"])("accepts the Marketo host %s", (origin) => {
    expect(checkMarketoHost(origin, { allowTestEndpoints: false })).toEqual({ ok: true });
  });

  it.each([
    ["http://123-ABC-456.mktorest.com", /https/],
    ["https://123-ABC-456.mktorest.com:8443", /port/],
    ["https://123-ABC-456.mktorest.com/rest", /without a path/],
    ["https://mktorest.com", /Only Marketo REST hosts/],
    ["https://123-ABC-456.mktorest.com.evil.test", /Only Marketo REST hosts/],
    ["https://12-ABC-456.mktorest.com", /Only Marketo REST hosts/],
    ["https://evil.test/123-ABC-456.mktorest.com", /Only Marketo REST hosts/],
    ["https://u:p@123-ABC-456.mktorest.com", /user name/],
    ["not a url", /not a valid URL/],
  ])("refuses %s", (origin, message) => {
    const result = checkMarketoHost(origin, { allowTestEndpoints: true });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it.each(["http://localhost:3000/api/sandbox/marketo", "http://127.0.0.1:4010", "https://[::1]:9000"])(
    "accepts the loopback host %s only when test endpoints are allowed",
    (origin) => {
      expect(checkMarketoHost(origin, { allowTestEndpoints: true })).toEqual({ ok: true });
      expect(checkMarketoHost(origin, { allowTestEndpoints: false }).ok).toBe(false);
    },
  );

  it.each(["http://10.0.0.5", "http://169.254.169.254/latest", "http://localhost.evil.test", "http://127.0.0.2"])(
    "never accepts other addresses, even with test endpoints allowed: %s",
    (origin) => {
      expect(checkMarketoHost(origin, { allowTestEndpoints: true }).ok).toBe(false);
    },
  );
});
