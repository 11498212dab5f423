import { randomUUID } from "node:crypto";
import type { Kv } from "./kv";

/**
 * Owned locks on the KV store (STYLE.md §9). Acquire is SET NX PX with a random owner token; extend and
 * release are compare-and-act on that token (Lua on Redis and Vercel KV), so a holder whose lock expired and
 * was taken over can never release or extend the new owner's lock. Name keys `lock:<purpose>:<id>`.
 */

export interface Lock {
  readonly key: string;
  /** The random owner token stored as the key's value. */
  readonly token: string;
  /** Resets the TTL to `ttlMs` if this lock is still the owner; false once it has lost the lock. */
  extend(ttlMs: number): Promise<boolean>;
  /** Deletes the key if this lock is still the owner; false when it had expired or been taken over. */
  release(): Promise<boolean>;
}

export async function acquireLock(kv: Kv, key: string, ttlMs: number): Promise<Lock | null> {
  const token = randomUUID();
  const won = await kv.set(key, token, { ttlMs, onlyIfAbsent: true });
  if (!won) return null;
  return {
    key,
    token,
    extend: (ms) => kv.expireIfEquals(key, token, ms),
    release: () => kv.deleteIfEquals(key, token),
  };
}

export type WithLockOptions = {
  /** Lock TTL; pick it longer than the work can take (e.g. above a function's maxDuration). */
  ttlMs: number;
  /** How often the TTL is renewed while `fn` runs; default a third of the TTL. */
  extendEveryMs?: number;
};

export type WithLockResult<T> =
  | { acquired: false }
  /** `lost`: ownership was lost while `fn` ran (someone else may have run too); `released`: our release won. */
  | { acquired: true; value: T; lost: boolean; released: boolean };

/**
 * Runs `fn` under the lock, renewing it every `extendEveryMs` and releasing it afterwards (also when `fn`
 * throws, which is re-thrown). Returns `{acquired:false}` without running `fn` when someone else holds it.
 * `signal` aborts as soon as ownership is lost, so long work can stop writing early.
 */
export async function withLock<T>(
  kv: Kv,
  key: string,
  options: WithLockOptions,
  fn: (ctx: { lock: Lock; signal: AbortSignal }) => Promise<T>,
): Promise<WithLockResult<T>> {
  const lock = await acquireLock(kv, key, options.ttlMs);
  if (!lock) return { acquired: false };
  const renewal = startRenewal(lock, options.ttlMs, options.extendEveryMs ?? options.ttlMs / 3);
  let outcome: { ok: true; value: T } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, value: await fn({ lock, signal: renewal.signal }) };
  } catch (error) {
    outcome = { ok: false, error };
  }
  await renewal.stop();
  // null: the release itself failed (network), so whether we still owned the lock is unknown.
  const released = await lock.release().catch(() => null);
  if (!outcome.ok) throw outcome.error;
  return { acquired: true, value: outcome.value, lost: renewal.signal.aborted || released === false, released: released === true };
}

/**
 * Extends on an interval. A failed extend (false) means ownership is gone. A throwing one (network) is
 * tried again next tick and only counts as lost once the last confirmed TTL has run out.
 */
function startRenewal(lock: Lock, ttlMs: number, everyMs: number) {
  const controller = new AbortController();
  let confirmedUntil = Date.now() + ttlMs;
  let inFlight: Promise<void> | null = null;
  const tick = () => {
    if (inFlight || controller.signal.aborted) return;
    const startedAt = Date.now();
    inFlight = lock
      .extend(ttlMs)
      .then((owned) => {
        if (owned) confirmedUntil = startedAt + ttlMs;
        else controller.abort(new Error(`lock ${lock.key} was lost`));
      })
      .catch(() => {
        if (Date.now() >= confirmedUntil) controller.abort(new Error(`lock ${lock.key} expired while unreachable`));
      })
      .finally(() => {
        inFlight = null;
      });
  };
  const timer = setInterval(tick, Math.max(1, everyMs));
  timer.unref?.();
  return {
    signal: controller.signal,
    async stop() {
      clearInterval(timer);
      await inFlight;
    },
  };
}
