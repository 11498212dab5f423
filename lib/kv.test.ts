import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KV_BACKENDS, openTestKv, type TestKv } from "@/lib/testing/kv-backends";
import { waitFor } from "@/lib/testing/wait-for";
import { createKvFromConfig } from "./kv";

// One suite, every backend: the in-process store must behave exactly like Redis and Vercel KV.
describe.each(KV_BACKENDS)("%s KV", (backend) => {
  let t: TestKv;
  const k = (name: string) => `${t.prefix}${name}`;

  beforeAll(async () => {
    t = await openTestKv(backend);
  });
  afterAll(() => t.close());

  it("stores strings verbatim (no JSON parsing), deletes, and reports missing keys as null", async () => {
    for (const value of ["123", '{"a":1}', "héllo ✓", "OK", "null"]) {
      expect(await t.kv.set(k("verbatim"), value)).toBe(true);
      expect(await t.kv.get(k("verbatim"))).toBe(value);
    }
    await t.kv.del(k("verbatim"));
    expect(await t.kv.get(k("verbatim"))).toBeNull();
    expect(await t.kv.get(k("never-set"))).toBeNull();
  });

  it("set NX writes only when the key is absent", async () => {
    expect(await t.kv.set(k("nx"), "first", { onlyIfAbsent: true })).toBe(true);
    expect(await t.kv.set(k("nx"), "second", { onlyIfAbsent: true })).toBe(false);
    expect(await t.kv.get(k("nx"))).toBe("first");
  });

  it("pttl: -2 for a missing key, -1 without TTL, the remaining ms with one", async () => {
    expect(await t.kv.pttl(k("missing"))).toBe(-2);
    await t.kv.set(k("forever"), "v");
    expect(await t.kv.pttl(k("forever"))).toBe(-1);
    await t.kv.set(k("ttl"), "v", { ttlMs: 60_000 });
    const left = await t.kv.pttl(k("ttl"));
    expect(left).toBeGreaterThan(50_000);
    expect(left).toBeLessThanOrEqual(60_000);
  });

  it("expires a key after its TTL", async () => {
    await t.kv.set(k("short"), "v", { ttlMs: 60 });
    await waitFor(async () => (await t.kv.get(k("short"))) === null, { what: "key expiry" });
    expect(await t.kv.pttl(k("short"))).toBe(-2);
  });

  it("incr counts atomically and sets the TTL on the increment that creates the key", async () => {
    const values = await Promise.all(Array.from({ length: 20 }, () => t.kv.incr(k("counter"), 60_000)));
    expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await t.kv.get(k("counter"))).toBe("20");
    const left = await t.kv.pttl(k("counter"));
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(60_000);
  });

  it("incr does not give a key without TTL one", async () => {
    await t.kv.set(k("plain-counter"), "5");
    expect(await t.kv.incr(k("plain-counter"), 1_000)).toBe(6);
    expect(await t.kv.pttl(k("plain-counter"))).toBe(-1);
  });

  it("deleteIfEquals deletes only while the key holds the value", async () => {
    await t.kv.set(k("owned"), "me");
    expect(await t.kv.deleteIfEquals(k("owned"), "someone-else")).toBe(false);
    expect(await t.kv.get(k("owned"))).toBe("me");
    expect(await t.kv.deleteIfEquals(k("owned"), "me")).toBe(true);
    expect(await t.kv.get(k("owned"))).toBeNull();
    expect(await t.kv.deleteIfEquals(k("owned"), "me")).toBe(false);
  });

  it("expireIfEquals resets the TTL only while the key holds the value", async () => {
    await t.kv.set(k("lease"), "me");
    expect(await t.kv.expireIfEquals(k("lease"), "someone-else", 30_000)).toBe(false);
    expect(await t.kv.pttl(k("lease"))).toBe(-1);
    expect(await t.kv.expireIfEquals(k("lease"), "me", 30_000)).toBe(true);
    expect(await t.kv.pttl(k("lease"))).toBeGreaterThan(20_000);
    expect(await t.kv.expireIfEquals(k("absent"), "me", 30_000)).toBe(false);
  });

  it("refuses a TTL that is not a positive number before touching the store", async () => {
    await expect(t.kv.set(k("bad-ttl"), "v", { ttlMs: 0 })).rejects.toThrow(RangeError);
    await expect(t.kv.incr(k("bad-ttl"), -5)).rejects.toThrow(RangeError);
    expect(await t.kv.get(k("bad-ttl"))).toBeNull();
  });
});

describe("Vercel KV over the Upstash REST protocol", () => {
  let t: TestKv;
  beforeAll(async () => {
    t = await openTestKv("upstash");
  });
  afterAll(() => t.close());

  it("really goes through the REST endpoint", async () => {
    const before = t.bridge!.commandCount;
    await t.kv.set(`${t.prefix}rest`, "v");
    expect(await t.kv.get(`${t.prefix}rest`)).toBe("v");
    expect(t.bridge!.commandCount).toBeGreaterThanOrEqual(before + 2);
  });

  it("fails fast with an error when the endpoint is down or answers 500", async () => {
    t.bridge!.setFault("drop-connection");
    await expect(t.kv.get(`${t.prefix}rest`)).rejects.toThrow();
    t.bridge!.setFault("http-500");
    await expect(t.kv.get(`${t.prefix}rest`)).rejects.toThrow(/simulated outage/);
    t.bridge!.setFault("none");
    expect(await t.kv.get(`${t.prefix}rest`)).toBe("v");
  });
});

describe("createKvFromConfig", () => {
  it("chooses Vercel KV, then REDIS_URL, then the in-process store", async () => {
    const upstash = createKvFromConfig({ KV_REST_API_URL: "http://127.0.0.1:1", KV_REST_API_TOKEN: "t", REDIS_URL: "redis://127.0.0.1:1" });
    const redis = createKvFromConfig({ REDIS_URL: "redis://127.0.0.1:1" });
    const memory = createKvFromConfig({});
    expect([upstash.kind, redis.kind, memory.kind]).toEqual(["upstash", "redis", "memory"]);
    await redis.close?.();
  });
});
