import "server-only";
import { findUserByEmail } from "@/db/queries/users";
import { getKv } from "@/lib/kv";
import { normalizeEmail, passwordStamp, verifyPassword } from "./passwords";
import { createThrottle } from "./throttle";

export type AuthenticatedUser = { id: string; email: string; name: string; stamp: string };

export type AuthenticateResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

/**
 * Checks an email and password under the login throttle. Lives behind the Credentials provider's
 * `authorize`, so every way in (server action or a direct POST to /api/auth/callback) is throttled.
 */
export async function authenticate(input: { email: string; password: string; ip: string | null }): Promise<AuthenticateResult> {
  const email = normalizeEmail(input.email);
  const throttle = createThrottle(getKv());
  const subject = { email, ip: input.ip };

  const status = await throttle.check(subject);
  if (status.blocked) return { ok: false, reason: "throttled", retryAfterMs: status.retryAfterMs };

  const user = email ? await findUserByEmail(email) : null;
  const valid = await verifyPassword(input.password, user?.passwordHash);
  if (!user || !valid) {
    await throttle.recordFailure(subject);
    return { ok: false, reason: "invalid" };
  }
  await throttle.clearAccount(email);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, stamp: passwordStamp(user.passwordHash) } };
}
