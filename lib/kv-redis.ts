import { Redis } from "ioredis";
import type { Kv } from "./kv";
import { DELETE_IF_EQUALS, EXPIRE_IF_EQUALS, INCR_WITH_TTL, toTtlMs } from "./kv-shared";

/** A command waits at most this long for a connection, so a Redis outage fails a request instead of hanging it. */
const CONNECT_TIMEOUT_MS = 5_000;
// ioredis retries a command across reconnects; two is enough for a blip and bounded for an outage.
const MAX_RETRIES_PER_REQUEST = 2;

/** KV on a real Redis (self-hosting: REDIS_URL). Connects on the first command, not at construction. */
export function createRedisKv(url: string): Kv {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: MAX_RETRIES_PER_REQUEST,
  });
  // Without a listener ioredis prints every reconnect error; commands still reject with the error.
  client.on("error", () => {});
  const script = async (lua: string, key: string, ...args: (string | number)[]) =>
    Number(await client.eval(lua, 1, key, ...args));

  return {
    kind: "redis",
    get: (key) => client.get(key),
    async set(key, value, options = {}) {
      const args: (string | number)[] = [key, value];
      if (options.ttlMs !== undefined) args.push("PX", toTtlMs(options.ttlMs));
      if (options.onlyIfAbsent) args.push("NX");
      return (await client.call("SET", ...args)) === "OK";
    },
    async del(key) {
      await client.del(key);
    },
    incr: async (key, ttlMs) => script(INCR_WITH_TTL, key, toTtlMs(ttlMs)),
    pttl: (key) => client.pttl(key),
    deleteIfEquals: async (key, value) => (await script(DELETE_IF_EQUALS, key, value)) === 1,
    expireIfEquals: async (key, value, ttlMs) => (await script(EXPIRE_IF_EQUALS, key, value, toTtlMs(ttlMs))) === 1,
    async close() {
      await client.quit().catch(() => client.disconnect());
    },
  };
}
