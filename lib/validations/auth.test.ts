import { describe, expect, it } from "vitest";
import { loginSchema, resetPasswordSchema, signupSchema } from "./auth";

describe("auth validations", () => {
  it("lower-cases and trims emails", () => {
    const parsed = loginSchema.parse({ email: "  Ana@Example.COM ", password: "x" });
    expect(parsed.email).toBe("ana@example.com");
  });

  it("keeps only same-site paths in next", () => {
    expect(loginSchema.parse({ email: "a@b.co", password: "x", next: "/members?x=1" }).next).toBe("/members?x=1");
    expect(loginSchema.parse({ email: "a@b.co", password: "x", next: "//evil.example/" }).next).toBe("/");
    expect(loginSchema.parse({ email: "a@b.co", password: "x", next: "/\\evil.example" }).next).toBe("/");
    expect(loginSchema.parse({ email: "a@b.co", password: "x", next: "https://evil.example" }).next).toBe("/");
    expect(loginSchema.parse({ email: "a@b.co", password: "x" }).next).toBe("/");
  });

  it("requires a 10-character password at sign-up", () => {
    const result = signupSchema.safeParse({ name: "Ana", email: "a@b.co", password: "123456789", workspaceName: "Acme" });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0].path).toEqual(["password"]);
  });

  it("reports mismatched passwords on the confirmation field", () => {
    const result = resetPasswordSchema.safeParse({ token: "t", password: "long enough 1", confirmPassword: "long enough 2" });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0].path).toEqual(["confirmPassword"]);
  });
});
