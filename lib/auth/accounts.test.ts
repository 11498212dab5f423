import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { memberships, outboxEmails, passwordResets, workspaceOptions } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed";
import { authenticate } from "./credentials";
import { findValidReset, requestPasswordReset, resetPassword, RESET_TTL_MS } from "./password-reset";
import { createAccountWithWorkspace, EMAIL_TAKEN } from "./signup";

describe("createAccountWithWorkspace", () => {
  it("creates the user as admin of a new workspace with default options", async () => {
    const { userId, workspaceId } = await createAccountWithWorkspace({
      name: "Ana",
      email: "ana@acme.test",
      password: "a long password",
      workspaceName: "Acme",
    });
    const db = await getDb();
    expect(await db.select().from(memberships).where(eq(memberships.userId, userId))).toMatchObject([{ workspaceId, role: "admin" }]);
    expect(await db.select().from(workspaceOptions).where(eq(workspaceOptions.workspaceId, workspaceId))).toHaveLength(1);
  });

  it("refuses an email that already has an account", async () => {
    const input = { name: "Bo", email: "bo@acme.test", password: "a long password", workspaceName: "Bo's" };
    await createAccountWithWorkspace(input);
    await expect(createAccountWithWorkspace(input)).rejects.toThrow(EMAIL_TAKEN);
  });
});

describe("authenticate", () => {
  it("signs in a demo user and refuses a wrong password", async () => {
    const ok = await authenticate({ email: "Viewer@Demo.test", password: DEMO_PASSWORD, ip: "192.0.2.1" });
    expect(ok).toMatchObject({ ok: true, user: { email: "viewer@demo.test" } });
    expect(await authenticate({ email: "viewer@demo.test", password: "wrong", ip: "192.0.2.1" })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ email: "nobody@demo.test", password: DEMO_PASSWORD, ip: "192.0.2.1" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("blocks the sixth attempt after five failures, even with the right password", async () => {
    for (let i = 0; i < 5; i++) {
      expect((await authenticate({ email: "marketer@demo.test", password: "wrong", ip: `198.51.100.${i}` })).ok).toBe(false);
    }
    const sixth = await authenticate({ email: "marketer@demo.test", password: DEMO_PASSWORD, ip: "198.51.100.99" });
    expect(sixth).toMatchObject({ ok: false, reason: "throttled" });
  });
});

describe("password reset", () => {
  it("emails a one-time link that sets a new password", async () => {
    await createAccountWithWorkspace({ name: "Cy", email: "cy@acme.test", password: "old password 1", workspaceName: "Cy" });
    await requestPasswordReset("cy@acme.test");
    const db = await getDb();
    const [email] = await db.select().from(outboxEmails).where(eq(outboxEmails.kind, "password_reset"));
    expect(email.to).toEqual(["cy@acme.test"]);
    expect(email.workspaceId).toBeNull();
    const token = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(email.text)?.[1];
    expect(token).toBeTruthy();
    const [stored] = await db.select().from(passwordResets);
    expect(stored.tokenHash).not.toBe(token);

    expect(await resetPassword(token!, "new password 2")).toBe("cy@acme.test");
    expect((await authenticate({ email: "cy@acme.test", password: "new password 2", ip: null })).ok).toBe(true);
    expect((await authenticate({ email: "cy@acme.test", password: "old password 1", ip: null })).ok).toBe(false);
    expect(await resetPassword(token!, "third password 3")).toBeNull();
  });

  it("does not accept an expired link and sends nothing for unknown emails", async () => {
    await createAccountWithWorkspace({ name: "Di", email: "di@acme.test", password: "old password 1", workspaceName: "Di" });
    const past = new Date(Date.now() - RESET_TTL_MS - 1000);
    await requestPasswordReset("di@acme.test", past);
    await requestPasswordReset("nobody@acme.test");
    const db = await getDb();
    const sent = await db.select().from(outboxEmails).where(eq(outboxEmails.kind, "password_reset"));
    const mine = sent.filter((e) => e.to.includes("di@acme.test"));
    expect(sent.some((e) => e.to.includes("nobody@acme.test"))).toBe(false);
    const token = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(mine[0].text)![1];
    expect(await findValidReset(token)).toBeNull();
    expect(await resetPassword(token, "new password 2")).toBeNull();
  });
});
