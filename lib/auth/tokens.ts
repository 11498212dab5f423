import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes: unguessable, and short enough for a link in an email. */
const TOKEN_BYTES = 32;

/** A one-time token for a link (invitation, password reset). Only its hash is stored. */
export function generateToken(): { token: string; tokenHash: string } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
