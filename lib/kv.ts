import { env, type Env } from "@/lib/env";
import { createRedisKv } from "./kv-redis";
import { toTtlMs } from "./kv-shared";
import { createUpstashKv } from "./kv-upstash";

/**
 * Key-value store used for login throttling, locks and small counters. Chosen by configuration:
 *   KV_REST_API_URL + KV_REST_API_TOKEN → Vercel KV (Upstash REST)
 *   REDIS_URL                           → a real Redis
 *   neither                             → in-process (the embedded default)
 * Only the operations every backend does atomically are offered.
 */
export interface Kv {
  readonly kind: "memory" | "redis" | "upstash";
  get(key: string): Promise<string | null>;
  /** SET with optional PX and NX; true when the value was written. */
  set(key: string, value: string, options?: { ttlMs?: number; onlyIfAbsent?: boolean }): Promise<boolean>;
  del(key: string): Promise<void>;
  /** INCR, setting the TTL when the key is created by this increment. Returns the new value. */
  incr(key: string, ttlMs: number): Promise<number>;
  /** Remaining TTL in ms; -2 when the key is missing, -1 when it has no TTL. */
  pttl(key: string): Promise<number>;
  /** Delete `key` only if it still holds `value` (owned release). */
  deleteIfEquals(key: string, value: string): Promise<boolean>;
  /** Reset the TTL of `key` only if it still holds `value` (owned extend). */
  expireIfEquals(key: string, value: string, ttlMs: number): Promise<boolean>;
  close?(): Promise<void>;
}

type Entry = { value: string; expiresAt: number | null };

export function createMemoryKv(now: () => number = Date.now): Kv {
  const store = new Map<string, Entry>();
  const live = (key: string): Entry | undefined => {
    const e = store.get(key);
    if (e && e.expiresAt !== null && e.expiresAt <= now()) {
      store.delete(key);
      return undefined;
    }
    return e;
  };
  return {
    kind: "memory",
    async get(key) {
      return live(key)?.value ?? null;
    },
    async set(key, value, options = {}) {
      const expiresAt = options.ttlMs === undefined ? null : now() + toTtlMs(options.ttlMs);
      if (options.onlyIfAbsent && live(key)) return false;
      store.set(key, { value, expiresAt });
      return true;
    },
    async del(key) {
      store.delete(key);
    },
    async incr(key, ttlMs) {
      const expiresAt = now() + toTtlMs(ttlMs);
      const e = live(key);
      const next = (e ? Number(e.value) : 0) + 1;
      store.set(key, { value: String(next), expiresAt: e ? e.expiresAt : expiresAt });
      return next;
    },
    async pttl(key) {
      const e = live(key);
      if (!e) return -2;
      return e.expiresAt === null ? -1 : e.expiresAt - now();
    },
    async deleteIfEquals(key, value) {
      if (live(key)?.value !== value) return false;
      store.delete(key);
      return true;
    },
    async expireIfEquals(key, value, ttlMs) {
      const expiresAt = now() + toTtlMs(ttlMs);
      const e = live(key);
      if (e?.value !== value) return false;
      e.expiresAt = expiresAt;
      return true;
    },
  };
}

/** The backend the configuration asks for (Vercel KV wins over REDIS_URL; neither → in-process). */
export function createKvFromConfig(config: Pick<Env, "KV_REST_API_URL" | "KV_REST_API_TOKEN" | "REDIS_URL">): Kv {
  if (config.KV_REST_API_URL && config.KV_REST_API_TOKEN) {
    return createUpstashKv({ url: config.KV_REST_API_URL, token: config.KV_REST_API_TOKEN });
  }
  if (config.REDIS_URL) return createRedisKv(config.REDIS_URL);
  return createMemoryKv();
}

const globalKv = globalThis as unknown as { __kv?: Kv };

/** The process's KV store (one per process, shared across Next's module graphs). Connects lazily. */
export function getKv(): Kv {
  globalKv.__kv ??= createKvFromConfig(env);
  return globalKv.__kv;
}
