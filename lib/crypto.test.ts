import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getSecrets } from "@/lib/env";
import { decryptSecret, encryptSecret, maskSecret, needsReencryption, SecretDecryptionError, type EncryptionKey } from "./crypto";

const key = (id: string): EncryptionKey => ({ id, key: randomBytes(32) });

describe("encryptSecret / decryptSecret", () => {
  it("round-trips any string with the configured keys, and never stores the plaintext", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (plain) => {
        const envelope = encryptSecret(plain);
        expect(decryptSecret(envelope)).toBe(plain);
        if (plain.length > 3) expect(envelope).not.toContain(plain);
      }),
    );
  });

  it("writes a v1 envelope naming the first configured key, with a fresh IV each time", () => {
    const first = getSecrets().encryptionKeys[0].id;
    const a = encryptSecret("marketo-client-secret");
    const b = encryptSecret("marketo-client-secret");
    expect(a).toMatch(new RegExp(`^v1\\.${first}\\.[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]+$`));
    expect(a).not.toBe(b);
  });

  it("detects tampering with the ciphertext, the tag, the IV or the key id", () => {
    const keys = [key("k2"), key("k1")];
    const envelope = encryptSecret("s3cret-value", keys);
    const parts = envelope.split(".");
    const flip = (s: string) => {
      const bytes = Buffer.from(s, "base64url");
      bytes[0] ^= 1;
      return bytes.toString("base64url");
    };
    for (const index of [2, 3, 4]) {
      const tampered = parts.map((p, i) => (i === index ? flip(p) : p)).join(".");
      expect(() => decryptSecret(tampered, keys)).toThrow(/altered or the key changed/);
    }
    // Relabelled to the other key: still refused (the key id is authenticated).
    expect(() => decryptSecret(["v1", "k1", ...parts.slice(2)].join("."), keys)).toThrow(SecretDecryptionError);
  });

  it("keeps decrypting old secrets after a new key is put first (rotation)", () => {
    const old = key("2024");
    const envelope = encryptSecret("on24-token-secret", [old]);
    const rotated = [key("2025"), old];
    expect(decryptSecret(envelope, rotated)).toBe("on24-token-secret");
    expect(needsReencryption(envelope, rotated)).toBe(true);
    const fresh = encryptSecret("on24-token-secret", rotated);
    expect(fresh.split(".")[1]).toBe("2025");
    expect(needsReencryption(fresh, rotated)).toBe(false);
  });

  it("names the missing key when an envelope's key id is unknown", () => {
    const envelope = encryptSecret("x", [key("retired")]);
    expect(() => decryptSecret(envelope, [key("current")])).toThrow(/key "retired" is not in ENCRYPTION_KEYS/);
  });

  it("refuses something that is not an envelope", () => {
    expect(() => decryptSecret("plain-text-secret")).toThrow(/not a v1 envelope/);
    expect(() => decryptSecret("v1.k.AAAA.BBBB.CCCC")).toThrow(/damaged/);
  });
});

describe("maskSecret", () => {
  it("shows only the last four characters of a long secret", () => {
    expect(maskSecret("abcdefgh12341234")).toBe("••••1234");
  });

  it("reveals nothing of a short or empty secret", () => {
    expect(maskSecret("short1234")).toBe("••••");
    expect(maskSecret("")).toBe("");
  });
});
