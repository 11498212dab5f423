import { Redis } from "@upstash/redis";
import type { Kv } from "./kv";
import { DELETE_IF_EQUALS, EXPIRE_IF_EQUALS, INCR_WITH_TTL, toTtlMs } from "./kv-shared";

/**
 * KV on Vercel KV (any Upstash-REST endpoint: KV_REST_API_URL + KV_REST_API_TOKEN). Every call is one HTTPS
 * request (auto-pipelined to /pipeline when several are in flight), so there is no connection to keep.
 */

// The client's default is 5 retries (~4 s) per call; a login or lock attempt should fail sooner than that.
const DEFAULT_RETRY = { retries: 2, backoff: (attempt: number) => 50 * 2 ** attempt };

export type UpstashKvOptions = {
  url: string;
  token: string;
  /** false: fail on the first network error (tests that expect fast failure, STACK.md trap 6). */
  retry?: false | { retries: number; backoff?: (attempt: number) => number };
};

export function createUpstashKv(options: UpstashKvOptions): Kv {
  const client = new Redis({
    url: options.url,
    token: options.token,
    retry: options.retry ?? DEFAULT_RETRY,
    // Values are opaque strings: without this the client JSON-parses "123" into a number.
    automaticDeserialization: false,
    enableTelemetry: false,
  });
  const script = async (lua: string, key: string, ...args: (string | number)[]) =>
    Number(await client.eval(lua, [key], args.map(String)));

  return {
    kind: "upstash",
    get: (key) => client.get<string>(key),
    async set(key, value, options = {}) {
      const nx = options.onlyIfAbsent === true;
      const result =
        options.ttlMs === undefined
          ? await client.set(key, value, nx ? { nx } : undefined)
          : await client.set(key, value, nx ? { px: toTtlMs(options.ttlMs), nx } : { px: toTtlMs(options.ttlMs) });
      return result === "OK";
    },
    async del(key) {
      await client.del(key);
    },
    incr: async (key, ttlMs) => script(INCR_WITH_TTL, key, toTtlMs(ttlMs)),
    pttl: (key) => client.pttl(key),
    deleteIfEquals: async (key, value) => (await script(DELETE_IF_EQUALS, key, value)) === 1,
    expireIfEquals: async (key, value, ttlMs) => (await script(EXPIRE_IF_EQUALS, key, value, toTtlMs(ttlMs))) === 1,
  };
}
