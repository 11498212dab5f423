import { createMemoryKv, type Kv } from "@/lib/kv";
import { createRedisKv } from "@/lib/kv-redis";
import { createUpstashKv } from "@/lib/kv-upstash";
import { deleteKeysWithPrefix, TEST_REDIS_URL, uniqueKeyPrefix } from "./redis";
import { startUpstashBridge, type UpstashBridge } from "./upstash-bridge";

/**
 * Every KV backend the product supports, opened for a test: so one suite can run against all of them.
 *
 *   describe.each(KV_BACKENDS)("%s", (backend) => {
 *     let t: TestKv;
 *     beforeAll(async () => { t = await openTestKv(backend); });
 *     afterAll(() => t.close());
 *     it("…", async () => { await t.kv.set(`${t.prefix}k`, "v"); … });
 *   });
 */

export const KV_BACKENDS = ["memory", "redis", "upstash"] as const;
export type KvBackend = (typeof KV_BACKENDS)[number];

export type TestKv = {
  kv: Kv;
  /** Put every key under this prefix: close() deletes them from the shared Redis. */
  prefix: string;
  /** The REST bridge behind the "upstash" backend (for fault injection and traffic checks). */
  bridge?: UpstashBridge;
  close: () => Promise<void>;
};

export async function openTestKv(backend: KvBackend, label = "kv"): Promise<TestKv> {
  const prefix = uniqueKeyPrefix(label);
  if (backend === "memory") return { kv: createMemoryKv(), prefix, close: async () => {} };
  if (backend === "redis") {
    const kv = createRedisKv(TEST_REDIS_URL);
    return {
      kv,
      prefix,
      close: async () => {
        await kv.close?.();
        await deleteKeysWithPrefix(prefix);
      },
    };
  }
  const bridge = await startUpstashBridge();
  // retry: false — a test that breaks the bridge wants the failure now, not after ~4 s of retries.
  const kv = createUpstashKv({ url: bridge.url, token: bridge.token, retry: false });
  return {
    kv,
    prefix,
    bridge,
    close: async () => {
      await bridge.close();
      await deleteKeysWithPrefix(prefix);
    },
  };
}
