import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

/** Re-evaluates lib/env.ts under a modified environment (it validates once, at import). */
async function loadEnv(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  return import("./env");
}

const POSTGRES = "postgres://app:pw@db.example.com:5432/app";
const KEY_32 = Buffer.alloc(32, 7).toString("base64");

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("lib/env", () => {
  it("requires AUTH_SECRET and ENCRYPTION_KEYS once DATABASE_URL is set, naming both", async () => {
    const { getSecrets } = await loadEnv({ DATABASE_URL: POSTGRES, AUTH_SECRET: undefined, ENCRYPTION_KEYS: undefined });
    expect(() => getSecrets()).toThrow(
      /^Missing configuration: AUTH_SECRET, ENCRYPTION_KEYS\. They are required when DATABASE_URL is set/,
    );
  });

  it("names only the secret that is missing", async () => {
    const { getSecrets } = await loadEnv({ DATABASE_URL: POSTGRES, ENCRYPTION_KEYS: undefined });
    expect(() => getSecrets()).toThrow(/^Missing configuration: ENCRYPTION_KEYS\./);
  });

  it("accepts a configured deployment and parses every rotation key", async () => {
    const { getSecrets, isEmbedded } = await loadEnv({
      DATABASE_URL: POSTGRES,
      ENCRYPTION_KEYS: `new:${KEY_32},old:${KEY_32}`,
    });
    expect(isEmbedded).toBe(false);
    expect(getSecrets().encryptionKeys.map((k) => k.id)).toEqual(["new", "old"]);
  });

  it("names a malformed variable at import", async () => {
    await expect(loadEnv({ DATABASE_URL: "mysql://db/app" })).rejects.toThrow(
      "Invalid configuration:\n  DATABASE_URL: must start with postgres:// or postgresql://",
    );
    await expect(loadEnv({ DATABASE_URL: undefined, KV_REST_API_URL: "https://kv.example.com", KV_REST_API_TOKEN: undefined })).rejects.toThrow(
      "KV_REST_API_TOKEN: required when KV_REST_API_URL is set",
    );
  });

  it("refuses an encryption key that is not 32 bytes", async () => {
    const { getSecrets } = await loadEnv({ ENCRYPTION_KEYS: `short:${Buffer.alloc(16).toString("base64")}` });
    expect(() => getSecrets()).toThrow(/ENCRYPTION_KEYS: key "short" must be 32 bytes/);
  });

  it("generates the secrets into the data folder on the embedded default, once", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "env-test-"));
    try {
      const vars = { DATABASE_URL: undefined, AUTH_SECRET: undefined, ENCRYPTION_KEYS: undefined, DATA_DIR: dataDir };
      const first = (await loadEnv(vars)).getSecrets();
      const second = (await loadEnv(vars)).getSecrets();
      expect(first.authSecret.length).toBeGreaterThanOrEqual(32);
      expect(first.encryptionKeys[0].key).toHaveLength(32);
      expect(second).toEqual(first);
      expect(JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8")).authSecret).toBe(first.authSecret);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
