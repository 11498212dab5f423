import { describe, expect, it } from "vitest";
import { classifyMarketo } from "./classify";
import { REQUIRED_PERMISSION, type MarketoOperation } from "./permissions";

const failed = (code: string | number, message = "text from Marketo") => ({ requestId: "e42b#1", success: false, errors: [{ code, message }] });
const NOW = Date.parse("2026-07-04T15:00:00Z");

describe("classifyMarketo", () => {
  it("passes a success, whatever per-record reasons its results carry", () => {
    const body = { requestId: "1", success: true, result: [{ status: "skipped", reasons: [{ code: "1005", message: "Lead already exists" }] }] };
    expect(classifyMarketo(200, body)).toEqual({ action: "ok" });
  });

  it.each(["601", "602"])("%s → refresh the token", (code) => {
    expect(classifyMarketo(200, failed(code))).toMatchObject({ action: "refresh-token", code });
  });

  it.each(["604", "606", "608", "611", "615", "713"])("%s → retry with backoff", (code) => {
    expect(classifyMarketo(200, failed(code))).toEqual({ action: "retry", code, message: `Marketo error ${code}: text from Marketo` });
  });

  it("reads a numeric code the same as the documented string", () => {
    expect(classifyMarketo(200, failed(606))).toMatchObject({ action: "retry", code: "606" });
  });

  it.each([502, 503, 504])("HTTP %i → retry", (status) => {
    expect(classifyMarketo(status, "<html>Bad Gateway</html>")).toMatchObject({ action: "retry", code: `HTTP ${status}` });
  });

  it("607 → quota exhausted until the next midnight US Central", () => {
    const verdict = classifyMarketo(200, failed("607", "Daily quota reached"), { now: NOW });
    expect(verdict).toMatchObject({ action: "quota-exhausted", code: "607" });
    // 2026-07-04 is daylight time: midnight Chicago = 05:00 UTC the next day.
    expect(verdict.action === "quota-exhausted" && verdict.resumeAt.toISOString()).toBe("2026-07-05T05:00:00.000Z");
    expect(verdict.action === "quota-exhausted" && verdict.message).toContain("2026-07-05T05:00:00.000Z");
  });

  it.each<[MarketoOperation, string]>([
    ["describeCustomObject", "Read-Write Custom Object"],
    ["syncCustomObjects", "Read-Write Custom Object"],
    ["syncLeads", "Read-Write Person"],
    ["lookupLeads", "Read-Only Lead"],
    ["describeLeads2", "Read-Only Lead"],
  ])("603 on %s → access denied naming %s", (operation, permission) => {
    const verdict = classifyMarketo(200, failed("603", "Access denied"), { operation });
    expect(verdict).toMatchObject({ action: "access-denied", code: "603", permission: REQUIRED_PERMISSION[operation] });
    expect(verdict.action === "access-denied" && verdict.message).toContain(permission);
    expect(verdict.action === "access-denied" && verdict.message).toMatch(/IP allowlist/);
  });

  it("603 without a known operation still says a permission is missing", () => {
    expect(classifyMarketo(200, failed("603"))).toMatchObject({ action: "access-denied", permission: null });
  });

  it.each(["610", "1013"])("%s → not found", (code) => {
    expect(classifyMarketo(200, failed(code))).toMatchObject({ action: "not-found", code });
  });

  it.each(["605", "609", "612", "614", "616", "701", "702", "709", "1003"])("%s → fatal, carrying Marketo's message", (code) => {
    expect(classifyMarketo(200, failed(code, "Something specific"))).toEqual({
      action: "fatal",
      code,
      message: `Marketo error ${code}: Something specific`,
    });
  });

  it.each([undefined, "not json", ["array"], null])("a 200 whose body is not a JSON object (%j) → retry as malformed", (body) => {
    expect(classifyMarketo(200, body)).toMatchObject({ action: "retry", code: "malformed" });
  });

  it("a reply with neither success nor errors → retry as malformed", () => {
    expect(classifyMarketo(200, { requestId: "x" })).toMatchObject({ action: "retry", code: "malformed" });
    expect(classifyMarketo(200, { success: false, errors: [] })).toMatchObject({ action: "retry", code: "malformed" });
  });

  it("HTTP 401 (Identity: wrong client id or secret) → auth failed, with what to do", () => {
    const verdict = classifyMarketo(401, { error: "unauthorized", error_description: "Bad client credentials" }, { operation: "identity" });
    expect(verdict).toMatchObject({ action: "auth-failed", code: "HTTP 401" });
    expect(verdict.action === "auth-failed" && verdict.message).toMatch(/Client ID or Client Secret/);
  });

  it("Identity: a token is success, a reply without one is an auth failure", () => {
    expect(classifyMarketo(200, { access_token: "t", expires_in: 3599, token_type: "bearer", scope: "u" }, { operation: "identity" })).toEqual({ action: "ok" });
    expect(classifyMarketo(200, { error: "x" }, { operation: "identity" })).toMatchObject({ action: "auth-failed", code: "no-token" });
  });

  it.each([
    [413, "HTTP 413"],
    [414, "HTTP 414"],
    [500, "HTTP 500"],
    [404, "HTTP 404"],
  ])("HTTP %i → fatal", (status, code) => {
    expect(classifyMarketo(status, undefined)).toMatchObject({ action: "fatal", code });
  });
});
