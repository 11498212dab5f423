/**
 * Backoff for ON24 retries. Throttling waits longer than a 5xx: ON24 counts calls per API and per endpoint,
 * so hammering it again soon only extends the lockout.
 */

export type On24RetryPolicy = {
  /** Attempts per call, the first included. */
  maxAttempts: number;
  /** First wait after a 5xx, timeout or unreadable answer. */
  baseMs: number;
  /** First wait after ON24's call limit. */
  throttleBaseMs: number;
  /** No single wait is longer than this. */
  capMs: number;
};

export const DEFAULT_RETRY_POLICY: On24RetryPolicy = {
  maxAttempts: 5,
  baseMs: 500,
  throttleBaseMs: 5_000,
  capMs: 60_000,
};

/** Exponential with "equal jitter": half the step is fixed, half random, so callers spread out. */
export function backoffMs(attempt: number, baseMs: number, capMs: number, random: () => number): number {
  const step = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
