import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * Configuration, validated once. Everything else imports `env` (or the helpers below) and never
 * reads process.env directly, so a missing or malformed variable is named in one place.
 */

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const emailList = z
  .string()
  .transform((s) => s.split(",").map((e) => e.trim()).filter(Boolean))
  .pipe(z.array(z.email({ message: "must be a comma-separated list of email addresses" })));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  DB_DRIVER: z.enum(["pglite", "pg", "neon"]).optional(),
  PGLITE_DIR: z.string().optional(),
  DATA_DIR: z.string().default(".data"),
  /** Neon driver against a local PostgreSQL: the ws://host:port of a WebSocket-to-TCP proxy (tests only). */
  NEON_WS_PROXY: z.string().optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** `kid:base64key[,kid:base64key…]`; the first key encrypts, all of them decrypt (rotation). */
  ENCRYPTION_KEYS: z
    .string()
    .regex(/^[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+(,[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+)*$/, "must look like kid:base64key[,kid:base64key]")
    .optional(),
  KV_REST_API_URL: z.url().optional(),
  KV_REST_API_TOKEN: z.string().optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "must start with redis:// or rediss://").optional(),
  RESEND_API_KEY: z.string().optional(),
  RESEND_BASE_URL: z.url().optional(),
  EMAIL_FROM: z.string().default("ON24 Connect <notifications@on24connect.example>"),
  ONCALL_EMAILS: emailList.optional(),
  CRON_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  APP_URL: z.url().optional(),
  SANDBOX_ENABLED: bool.optional(),
  ALLOW_TEST_ENDPOINTS: bool.optional(),
  LOCAL_SCHEDULER: bool.optional(),
  LOCAL_SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(10).default(60),
  MARKETO_MAX_CALLS_PER_20S: z.coerce.number().int().min(1).max(100).default(50),
  MARKETO_MAX_CONCURRENCY: z.coerce.number().int().min(1).max(10).default(5),
  CRON_MAX_DURATION_SECONDS: z.coerce.number().int().min(10).default(300),
  RETENTION_DAYS: z.coerce.number().int().min(1).default(90),
});

export type Env = z.infer<typeof schema>;

function parseEnv(): Env {
  // Empty strings are treated as unset: Vercel and .env files often carry `X=`.
  const raw = Object.fromEntries(
    Object.entries(process.env).filter(([, v]) => v !== undefined && v !== ""),
  );
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  if (parsed.data.KV_REST_API_URL && !parsed.data.KV_REST_API_TOKEN) {
    throw new Error("Invalid configuration:\n  KV_REST_API_TOKEN: required when KV_REST_API_URL is set");
  }
  return parsed.data;
}

export const env = parseEnv();

/** The embedded default: no database configured, so PGlite, in-process KV, outbox and sandbox. */
export const isEmbedded = !env.DATABASE_URL;

/** Sandbox simulators are on for the embedded default and tests, off in production unless asked for. */
export const sandboxEnabled = env.SANDBOX_ENABLED ?? (isEmbedded || env.NODE_ENV !== "production");

/** Loopback hosts may be used as ON24/Marketo endpoints only when a deployment says so explicitly. */
export const allowTestEndpoints = env.ALLOW_TEST_ENDPOINTS ?? sandboxEnabled;

export const localSchedulerEnabled = env.LOCAL_SCHEDULER ?? isEmbedded;

export const appUrl = (env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");

export const pgliteDir = env.PGLITE_DIR ?? path.join(env.DATA_DIR, "pglite");

type Secrets = { authSecret: string; encryptionKeys: { id: string; key: Buffer }[] };
let secrets: Secrets | undefined;

/**
 * AUTH_SECRET and the encryption keys. On the embedded default they are generated into the data folder
 * on first use when unset; with a configured database (production, self-hosting) they are required.
 */
export function getSecrets(): Secrets {
  if (secrets) return secrets;
  let authSecret = env.AUTH_SECRET;
  let keySpec = env.ENCRYPTION_KEYS;
  if (!authSecret || !keySpec) {
    if (!isEmbedded) {
      const missing = [!authSecret && "AUTH_SECRET", !keySpec && "ENCRYPTION_KEYS"].filter(Boolean);
      throw new Error(
        `Missing configuration: ${missing.join(", ")}. They are required when DATABASE_URL is set ` +
          "(generate AUTH_SECRET with `openssl rand -base64 33` and ENCRYPTION_KEYS as `k1:$(openssl rand -base64 32)`).",
      );
    }
    const local = readOrCreateLocalSecrets();
    authSecret ??= local.authSecret;
    keySpec ??= local.encryptionKeys;
  }
  const encryptionKeys = keySpec.split(",").map((pair) => {
    const [id, b64] = pair.split(":");
    const key = Buffer.from(b64, "base64");
    if (key.length !== 32) throw new Error(`Invalid configuration:\n  ENCRYPTION_KEYS: key "${id}" must be 32 bytes (base64)`);
    return { id, key };
  });
  secrets = { authSecret, encryptionKeys };
  return secrets;
}

function readOrCreateLocalSecrets(): { authSecret: string; encryptionKeys: string } {
  const file = path.join(env.DATA_DIR, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  mkdirSync(env.DATA_DIR, { recursive: true });
  const created = {
    authSecret: randomBytes(33).toString("base64"),
    encryptionKeys: `local1:${randomBytes(32).toString("base64")}`,
  };
  // `wx` so two processes starting at once cannot overwrite each other's keys.
  try {
    writeFileSync(file, JSON.stringify(created, null, 2), { flag: "wx", mode: 0o600 });
    return created;
  } catch {
    return JSON.parse(readFileSync(file, "utf8"));
  }
}
