import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { assertLocalUrl } from "./assert-local";

/**
 * The real Redis every machine of this kind runs (STACK.md). Tests share it, so each run names its keys
 * under its own prefix and deletes them afterwards:
 *
 *   const prefix = uniqueKeyPrefix("lock");   // "test:lock:1a2b3c4d:"
 *   … kv.set(`${prefix}k`, "v") …
 *   await deleteKeysWithPrefix(prefix);
 */

export const TEST_REDIS_URL = "redis://127.0.0.1:6379";

/** A fresh `test:<label>:<random>:` prefix. */
export function uniqueKeyPrefix(label = "t"): string {
  return `test:${label}:${randomBytes(4).toString("hex")}:`;
}

/** A plain ioredis client on the test Redis (refuses anything not local). Quit it when done. */
export function connectTestRedis(url = TEST_REDIS_URL): Redis {
  assertLocalUrl(url, "Redis");
  return new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
}

/** Deletes every key under `prefix` (SCAN, never KEYS, so a busy Redis is not blocked). Returns the count. */
export async function deleteKeysWithPrefix(prefix: string, url = TEST_REDIS_URL): Promise<number> {
  if (!prefix.startsWith("test:")) throw new Error(`Refusing to delete keys outside "test:": ${prefix}`);
  const client = connectTestRedis(url);
  let deleted = 0;
  try {
    let cursor = "0";
    do {
      const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500);
      if (keys.length) deleted += await client.del(...keys);
      cursor = next;
    } while (cursor !== "0");
  } finally {
    await client.quit();
  }
  return deleted;
}
