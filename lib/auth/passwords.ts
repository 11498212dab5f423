import { createHash } from "node:crypto";
import bcrypt from "bcryptjs";

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
