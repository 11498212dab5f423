import { describe, expect, it } from "vitest";
import { hashPassword, normalizeEmail, passwordStamp, verifyPassword } from "./passwords";
import { generateToken, hashToken } from "./tokens";

describe("passwords", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).not.toContain("correct horse");
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery!", hash)).toBe(false);
  });

  it("rejects any password when there is no stored hash", async () => {
    expect(await verifyPassword("not-a-real-password", null)).toBe(false);
  });

  it("changes the stamp when the hash changes", async () => {
    const a = await hashPassword("first password");
    const b = await hashPassword("first password");
    expect(passwordStamp(a)).toHaveLength(16);
    expect(passwordStamp(a)).toBe(passwordStamp(a));
    expect(passwordStamp(a)).not.toBe(passwordStamp(b));
  });

  it("normalises emails to trimmed lower case", () => {
    expect(normalizeEmail("  Ana.Lopez@Example.COM ")).toBe("ana.lopez@example.com");
  });
});

describe("tokens", () => {
  it("stores only a hash that matches the token", () => {
    const { token, tokenHash } = generateToken();
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(tokenHash).toBe(hashToken(token));
    expect(tokenHash).not.toContain(token);
    expect(generateToken().token).not.toBe(token);
  });
});
