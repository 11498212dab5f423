import "server-only";
import { createElement } from "react";
import { and, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { findUserByEmail } from "@/db/queries/users";
import { passwordResets, users } from "@/db/schema";
import { renderEmail } from "@/lib/email/render";
import { sendEmail } from "@/lib/email/send";
import { PasswordResetEmail } from "@/lib/email/templates/password-reset";
import { appUrl } from "@/lib/env";
import { getKv } from "@/lib/kv";
import { hashPassword } from "./passwords";
import { createThrottle } from "./throttle";
import { generateToken, hashToken } from "./tokens";

/** Long enough to find the email, short enough that a leaked link soon stops working. */
export const RESET_TTL_MS = 60 * 60_000;
/** At most this many reset emails per address per hour, so the form cannot be used to flood an inbox. */
const RESET_EMAILS_PER_HOUR = 3;

export const INVALID_RESET_LINK = "This link has expired or was already used. Ask for a new one from the sign-in page.";

/**
 * Emails a one-time reset link when the address has an account. The caller always shows the same
 * confirmation, so the form does not reveal which emails have accounts.
 */
export async function requestPasswordReset(email: string, now = new Date()): Promise<void> {
  const limiter = createThrottle(getKv(), { prefix: "reset-email", maxFailures: RESET_EMAILS_PER_HOUR, windowMs: 60 * 60_000 });
  const subject = { email, ip: null };
  if ((await limiter.check(subject)).blocked) return;
  await limiter.recordFailure(subject);

  const user = await findUserByEmail(email);
  if (!user) return;
  const { token, tokenHash } = generateToken();
  const db = await getDb();
  await db.insert(passwordResets).values({ userId: user.id, tokenHash, expiresAt: new Date(now.getTime() + RESET_TTL_MS) });
  const resetUrl = `${appUrl}/reset-password/${token}`;
  const body = await renderEmail(createElement(PasswordResetEmail, { resetUrl, expiresInMinutes: RESET_TTL_MS / 60_000 }));
  // No workspaceId: a reset link must never show in any workspace admin's outbox.
  await sendEmail({ to: [user.email], subject: "Reset your ON24 Connect password", ...body, kind: "password_reset" });
}

/** The reset a token belongs to, if it is unused and unexpired. */
export async function findValidReset(token: string, now = new Date()) {
  const db = await getDb();
  const [row] = await db
    .select({ id: passwordResets.id, userId: passwordResets.userId, email: users.email })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(and(eq(passwordResets.tokenHash, hashToken(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

/**
 * Sets the new password and uses up every open reset of that user. Returns the user's email, or null
 * when the link is invalid, used or expired. Old sessions end because the password stamp changes.
 */
export async function resetPassword(token: string, password: string, now = new Date()): Promise<string | null> {
  const reset = await findValidReset(token, now);
  if (!reset) return null;
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  const used = await db.transaction(async (tx) => {
    // Claim the token first: of two concurrent submissions only one updates this row.
    const claimed = await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.id, reset.id), isNull(passwordResets.usedAt)))
      .returning({ id: passwordResets.id });
    if (claimed.length === 0) return false;
    await tx.update(users).set({ passwordHash }).where(eq(users.id, reset.userId));
    await tx.update(passwordResets).set({ usedAt: now }).where(and(eq(passwordResets.userId, reset.userId), isNull(passwordResets.usedAt)));
    return true;
  });
  if (!used) return null;
  await createThrottle(getKv()).clearAccount(reset.email);
  return reset.email;
}
