import { describe, expect, it } from "vitest";
import { classifyResendError } from "./send-resend";

describe("classifyResendError", () => {
  it.each([
    [null, true, /network error/],
    [429, true, /rate limited/],
    [500, true, /server error/],
    [502, true, /server error/],
    [503, true, /server error/],
  ])("retries %s", (statusCode, retry, reason) => {
    const verdict = classifyResendError({ statusCode, name: "x", message: "y" });
    expect(verdict.retry).toBe(retry);
    expect(verdict.reason).toMatch(reason);
  });

  it.each([400, 401, 403, 404, 409, 422])("does not retry %s (it would fail the same way again)", (statusCode) => {
    const verdict = classifyResendError({ statusCode, name: "validation_error", message: "Invalid `to` field" });
    expect(verdict).toEqual({ retry: false, reason: `refused by Resend (${statusCode} validation_error: Invalid \`to\` field)` });
  });

  it("treats a missing status as a request that never got an answer", () => {
    expect(classifyResendError({}).retry).toBe(true);
  });
});
