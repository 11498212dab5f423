import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteKeysWithPrefix, uniqueKeyPrefix } from "./redis";
import { startUpstashBridge, type UpstashBridge } from "./upstash-bridge";

// The bridge must answer the real @upstash/redis client the way Upstash does, or the Vercel KV tests prove nothing.
describe("Upstash REST bridge", () => {
  let bridge: UpstashBridge;
  let client: Redis;
  const prefix = uniqueKeyPrefix("bridge");

  beforeAll(async () => {
    bridge = await startUpstashBridge();
    client = new Redis({ url: bridge.url, token: bridge.token, retry: false, automaticDeserialization: false, enableTelemetry: false });
  });
  afterAll(async () => {
    await bridge.close();
    await deleteKeysWithPrefix(prefix);
  });

  it("runs single commands with base64-encoded replies the client decodes", async () => {
    expect(await client.set(`${prefix}s`, "grüße ✓")).toBe("OK");
    expect(await client.get(`${prefix}s`)).toBe("grüße ✓");
    expect(await client.exists(`${prefix}s`, `${prefix}none`)).toBe(1);
  });

  it("runs /pipeline in order, with per-command errors", async () => {
    const results = await client
      .pipeline()
      .set(`${prefix}p`, "1")
      .incr(`${prefix}p`)
      .get(`${prefix}p`)
      .exec({ keepErrors: true });
    expect(results.map((r) => r.result)).toEqual(["OK", 2, "2"]);
    await expect(client.pipeline().lpush(`${prefix}p`, "x").exec()).rejects.toThrow(/WRONGTYPE/);
  });

  it("runs /multi-exec as a transaction", async () => {
    const results = await client.multi().set(`${prefix}m`, "a").append(`${prefix}m`, "b").get(`${prefix}m`).exec();
    expect(results).toEqual(["OK", 2, "ab"]);
  });

  it("returns Redis errors for single commands and refuses a wrong token", async () => {
    await expect(client.eval("return redis.call('NOPE')", [], [])).rejects.toThrow(/Unknown Redis command|unknown command/i);
    const intruder = new Redis({ url: bridge.url, token: "wrong", retry: false, enableTelemetry: false });
    await expect(intruder.get(`${prefix}s`)).rejects.toThrow(/Unauthorized/);
  });
});
