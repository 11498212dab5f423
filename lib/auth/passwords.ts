import { createHash } from "node:crypto";
import bcrypt from "bcryptjs";

/** Long enough to resist guessing without composition rules nobody remembers (NIST SP 800-63B). */
export const PASSWORD_MIN_LENGTH = 10;
/** bcrypt only reads the first 72 bytes; refusing longer input avoids a false sense of strength. */
export const PASSWORD_MAX_LENGTH = 72;
/** Cost 10 keeps a sign-in near 100 ms on a small server while staying well above brute-force speed. */
const BCRYPT_COST = 10;
/** Compared against when the email is unknown, so a missing account takes as long as a wrong password. */
let dummyHash: string | undefined;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  dummyHash ??= await bcrypt.hash("not-a-real-password", BCRYPT_COST);
  const ok = await bcrypt.compare(password, hash ?? dummyHash);
  return ok && Boolean(hash);
}

/**
 * A short fingerprint of the stored hash, kept in the session token: when the password changes,
 * every session issued before no longer matches and is treated as signed out.
 */
export function passwordStamp(passwordHash: string): string {
  return createHash("sha256").update(passwordHash).digest("base64url").slice(0, 16);
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
