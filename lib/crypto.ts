import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { getSecrets } from "@/lib/env";

/**
 * Secrets at rest (ON24 token secrets, Marketo client secrets): AES-256-GCM with the keys of ENCRYPTION_KEYS.
 * The first key encrypts, every listed key decrypts, and each envelope names its key, so keys rotate by
 * putting a new key first and keeping the old one until everything has been re-encrypted:
 *
 *   v1.<key id>.<iv b64url>.<auth tag b64url>.<ciphertext b64url>
 */

export type EncryptionKey = { id: string; key: Buffer };

const VERSION = "v1";
// 96-bit nonces are what GCM is specified for; random ones are safe far beyond our number of secrets.
const IV_BYTES = 12;
const TAG_BYTES = 16;
// Only reveal the last four characters when they are a small part of the secret.
const MASK_MIN_LENGTH = 12;
const MASK = "••••";

export class SecretDecryptionError extends Error {
  name = "SecretDecryptionError";
}

const currentKeys = () => getSecrets().encryptionKeys;

export function encryptSecret(plain: string, keys: EncryptionKey[] = currentKeys()): string {
  const { id, key } = keys[0];
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  // The version and key id are authenticated too, so an envelope cannot be relabelled.
  cipher.setAAD(Buffer.from(`${VERSION}.${id}`));
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, id, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export function decryptSecret(envelope: string, keys: EncryptionKey[] = currentKeys()): string {
  const { id, iv, tag, ciphertext } = parseEnvelope(envelope);
  const entry = keys.find((k) => k.id === id);
  if (!entry) {
    throw new SecretDecryptionError(
      `Cannot decrypt a stored secret: its key "${id}" is not in ENCRYPTION_KEYS (keep old keys listed after the new one until secrets are re-saved).`,
    );
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", entry.key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(`${VERSION}.${id}`));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretDecryptionError(`Cannot decrypt a stored secret with key "${id}": it was altered or the key changed.`);
  }
}

/** True when the envelope was written with a key other than the current first one (re-encrypt it on save). */
export function needsReencryption(envelope: string, keys: EncryptionKey[] = currentKeys()): boolean {
  return parseEnvelope(envelope).id !== keys[0].id;
}

/** What the portal shows instead of a saved secret: "••••1234" (or just "••••" for short secrets). */
export function maskSecret(plain: string): string {
  if (!plain) return "";
  return plain.length >= MASK_MIN_LENGTH ? `${MASK}${plain.slice(-4)}` : MASK;
}

function parseEnvelope(envelope: string) {
  const parts = envelope.split(".");
  if (parts.length !== 5 || parts[0] !== VERSION) {
    throw new SecretDecryptionError("Cannot decrypt a stored secret: it is not a v1 envelope.");
  }
  const [, id, iv, tag, ciphertext] = parts;
  const bytes = (s: string) => Buffer.from(s, "base64url");
  const parsed = { id, iv: bytes(iv), tag: bytes(tag), ciphertext: bytes(ciphertext) };
  if (parsed.iv.length !== IV_BYTES || parsed.tag.length !== TAG_BYTES) {
    throw new SecretDecryptionError("Cannot decrypt a stored secret: the envelope is damaged.");
  }
  return parsed;
}
