import { describe, expect, it } from "vitest";
import { isPublicPath, loginRedirectPath } from "./public-paths";

describe("isPublicPath", () => {
  it("lets the sign-in pages, invitation and reset links and machine endpoints through", () => {
    for (const path of ["/login", "/signup", "/forgot-password", "/reset-password/abc", "/invite/tok", "/api/auth/session", "/api/cron/sync", "/api/sandbox/marketo/identity/oauth/token"]) {
      expect(isPublicPath(path), path).toBe(true);
    }
  });

  it("protects portal pages, including look-alike prefixes", () => {
    for (const path of ["/", "/members", "/connection", "/outbox/3", "/loginx", "/invitees", "/api/other"]) {
      expect(isPublicPath(path), path).toBe(false);
    }
  });
});

describe("loginRedirectPath", () => {
  it("remembers the wanted page", () => {
    expect(loginRedirectPath("/members", "?tab=1")).toBe("/login?next=%2Fmembers%3Ftab%3D1");
    expect(loginRedirectPath("/", "")).toBe("/login");
  });
});
