/**
 * What the KV backends share. Lua for the compare-and-act operations of the Redis and Vercel KV (Upstash) backends. Redis runs a script
 * atomically, so "check the owner, then act" cannot interleave with another client's write.
 * Each script takes KEYS[1] and returns an integer.
 */

/** INCR, and set the TTL when this increment created the key (fixed window counters). */
export const INCR_WITH_TTL = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n`;

/** DEL only while the key still holds ARGV[1] (owned release). */
export const DELETE_IF_EQUALS = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** PEXPIRE only while the key still holds ARGV[1] (owned extend). */
export const EXPIRE_IF_EQUALS = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

/** TTLs are whole milliseconds ≥ 1 on every backend (Redis rejects PX 0); fractions round up. */
export function toTtlMs(ttlMs: number): number {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError(`KV TTL must be a positive number of ms, got ${ttlMs}`);
  return Math.ceil(ttlMs);
}
