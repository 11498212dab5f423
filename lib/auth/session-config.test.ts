import { describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_SECONDS, sessionExpired } from "./session-config";

describe("sessionExpired", () => {
  const signedInAt = 1_700_000_000;
  it("keeps a session for 8 hours after sign-in, however often it is renewed", () => {
    expect(SESSION_MAX_AGE_SECONDS).toBe(8 * 3600);
    expect(sessionExpired(signedInAt, (signedInAt + 60) * 1000)).toBe(false);
    expect(sessionExpired(signedInAt, (signedInAt + SESSION_MAX_AGE_SECONDS) * 1000)).toBe(false);
    expect(sessionExpired(signedInAt, (signedInAt + SESSION_MAX_AGE_SECONDS + 1) * 1000)).toBe(true);
  });

  it("treats a token without a sign-in time as expired", () => {
    expect(sessionExpired(undefined)).toBe(true);
  });
});
