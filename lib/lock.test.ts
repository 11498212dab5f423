import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KV_BACKENDS, openTestKv, type TestKv } from "@/lib/testing/kv-backends";
import { sleep, waitFor } from "@/lib/testing/wait-for";
import { acquireLock, withLock, type Lock } from "./lock";

// The same owned-lock suite on the in-process store, the real Redis and the Vercel KV (Upstash REST) path.
describe.each(KV_BACKENDS)("owned locks on %s KV", (backend) => {
  let t: TestKv;
  const k = (name: string) => `${t.prefix}lock:${name}`;
  /** Waits (by polling, not a fixed sleep) until a lock's TTL has run out. */
  const expired = (key: string) => waitFor(async () => (await t.kv.get(key)) === null, { what: `${key} expiry` });

  beforeAll(async () => {
    t = await openTestKv(backend, "lock");
  });
  afterAll(() => t.close());

  it("exactly one of 20 concurrent contenders acquires it", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => acquireLock(t.kv, k("contended"), 30_000)));
    const winners = results.filter((l): l is Lock => l !== null);
    expect(winners).toHaveLength(1);
    expect(await t.kv.get(k("contended"))).toBe(winners[0].token);
    expect(await winners[0].release()).toBe(true);
    expect(await t.kv.get(k("contended"))).toBeNull();
  });

  it("is free again after its owner releases it, and a second release reports false", async () => {
    const first = await acquireLock(t.kv, k("reuse"), 30_000);
    expect(first).not.toBeNull();
    expect(await acquireLock(t.kv, k("reuse"), 30_000)).toBeNull();
    expect(await first!.release()).toBe(true);
    expect(await first!.release()).toBe(false);
    const second = await acquireLock(t.kv, k("reuse"), 30_000);
    expect(second?.token).not.toBe(first!.token);
    await second!.release();
  });

  it("TTL expiry lets another contender take over", async () => {
    const first = await acquireLock(t.kv, k("expiry"), 150);
    expect(first).not.toBeNull();
    expect(await acquireLock(t.kv, k("expiry"), 30_000)).toBeNull();
    await expired(k("expiry"));
    const next = await acquireLock(t.kv, k("expiry"), 30_000);
    expect(next).not.toBeNull();
    await next!.release();
  });

  it("a stale holder cannot release the new owner's lock", async () => {
    const stale = await acquireLock(t.kv, k("release"), 100);
    await expired(k("release"));
    const owner = await acquireLock(t.kv, k("release"), 30_000);
    expect(await stale!.release()).toBe(false);
    expect(await t.kv.get(k("release"))).toBe(owner!.token);
    expect(await owner!.release()).toBe(true);
  });

  it("a stale holder cannot extend the new owner's lock", async () => {
    const stale = await acquireLock(t.kv, k("extend"), 100);
    await expired(k("extend"));
    const owner = await acquireLock(t.kv, k("extend"), 5_000);
    expect(await stale!.extend(60_000)).toBe(false);
    expect(await t.kv.pttl(k("extend"))).toBeLessThanOrEqual(5_000);
    expect(await t.kv.get(k("extend"))).toBe(owner!.token);
    await owner!.release();
  });

  it("extend keeps it held past the original TTL", async () => {
    const lock = await acquireLock(t.kv, k("extended"), 200);
    expect(await lock!.extend(10_000)).toBe(true);
    await sleep(400); // twice the original TTL
    expect(await t.kv.get(k("extended"))).toBe(lock!.token);
    expect(await acquireLock(t.kv, k("extended"), 30_000)).toBeNull();
    expect(await t.kv.pttl(k("extended"))).toBeGreaterThan(5_000);
    expect(await lock!.release()).toBe(true);
  });

  it("withLock renews the lock while the work runs, then releases it", async () => {
    const result = await withLock(t.kv, k("with"), { ttlMs: 300, extendEveryMs: 60 }, async ({ lock, signal }) => {
      await sleep(1_000); // more than three TTLs: only renewal keeps it held
      expect(signal.aborted).toBe(false);
      expect(await acquireLock(t.kv, k("with"), 30_000)).toBeNull();
      return lock.token;
    });
    expect(result).toEqual({ acquired: true, value: expect.any(String), lost: false, released: true });
    expect(await t.kv.get(k("with"))).toBeNull();
  });

  it("withLock does not run the work while someone else holds the lock", async () => {
    const holder = await acquireLock(t.kv, k("busy"), 30_000);
    let ran = false;
    const result = await withLock(t.kv, k("busy"), { ttlMs: 1_000 }, async () => {
      ran = true;
    });
    expect(result).toEqual({ acquired: false });
    expect(ran).toBe(false);
    expect(await t.kv.get(k("busy"))).toBe(holder!.token);
    await holder!.release();
  });

  it("withLock reports lost ownership and aborts the work's signal", async () => {
    let intruder: Lock | null = null;
    const result = await withLock(t.kv, k("lost"), { ttlMs: 30_000, extendEveryMs: 30 }, async ({ signal }) => {
      await t.kv.del(k("lost")); // as if the TTL had run out…
      intruder = await acquireLock(t.kv, k("lost"), 30_000); // …and another run took over
      await waitFor(() => signal.aborted, { what: "the lost-lock signal" });
      return "stopped early";
    });
    expect(result).toEqual({ acquired: true, value: "stopped early", lost: true, released: false });
    expect(intruder).not.toBeNull();
    expect(await t.kv.get(k("lost"))).toBe(intruder!.token);
    await intruder!.release();
  });

  it("withLock releases the lock and re-throws when the work fails", async () => {
    await expect(
      withLock(t.kv, k("throws"), { ttlMs: 30_000 }, async () => {
        throw new Error("sync failed");
      }),
    ).rejects.toThrow("sync failed");
    expect(await t.kv.get(k("throws"))).toBeNull();
  });
});
