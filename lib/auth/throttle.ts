import type { Kv } from "@/lib/kv";

/** Failures allowed per account and per IP inside one window; the next attempt is refused (DESIGN §7). */
export const LOGIN_MAX_FAILURES = 5;
/** The window starts at the first failure and is not extended by later ones, so a lock-out always ends. */
export const LOGIN_WINDOW_MS = 15 * 60_000;

export type ThrottleSubject = { email: string; ip: string | null };
export type ThrottleStatus = { blocked: false } | { blocked: true; retryAfterMs: number };

type Options = { maxFailures?: number; windowMs?: number; prefix?: string };

/**
 * Counts failed sign-ins in KV, per account and per IP. A subject is blocked once either counter
 * reaches the limit, even with the right password, until the counter's window runs out.
 * An unknown IP is not counted: one shared "unknown" bucket would let anyone lock everybody out.
 */
export function createThrottle(kv: Kv, options: Options = {}) {
  const maxFailures = options.maxFailures ?? LOGIN_MAX_FAILURES;
  const windowMs = options.windowMs ?? LOGIN_WINDOW_MS;
  const prefix = options.prefix ?? "login-fail";

  const keysFor = ({ email, ip }: ThrottleSubject) => {
    const keys = [`${prefix}:account:${email.trim().toLowerCase()}`];
    if (ip) keys.push(`${prefix}:ip:${ip}`);
    return keys;
  };

  return {
    async check(subject: ThrottleSubject): Promise<ThrottleStatus> {
      let retryAfterMs = 0;
      for (const key of keysFor(subject)) {
        const count = Number((await kv.get(key)) ?? 0);
        if (count < maxFailures) continue;
        const ttl = await kv.pttl(key);
        // A key without TTL (-1) should not exist; treat it as a full window rather than forever.
        retryAfterMs = Math.max(retryAfterMs, ttl > 0 ? ttl : windowMs);
      }
      return retryAfterMs > 0 ? { blocked: true, retryAfterMs } : { blocked: false };
    },

    async recordFailure(subject: ThrottleSubject): Promise<void> {
      for (const key of keysFor(subject)) await kv.incr(key, windowMs);
    },

    /** After a successful sign-in or a password reset. The IP counter stays: one good account must not unlock an IP. */
    async clearAccount(email: string): Promise<void> {
      await kv.del(keysFor({ email, ip: null })[0]);
    },
  };
}

export type Throttle = ReturnType<typeof createThrottle>;

export function throttleMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many attempts — try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
