import { env } from "@/lib/env";
import { deadlineError } from "./backoff";

/**
 * Keeps this process under a Marketo instance's limits: at most `maxCalls` per sliding `windowMs` and
 * `maxConcurrent` in flight. Marketo counts a call when it arrives, which is some time after we send it;
 * to stay under the limit whatever the network latency, a call occupies its window slot from the moment
 * it is released until `windowMs` after it *finished* (an in-flight call always occupies one).
 */

export type LimiterConfig = { maxCalls: number; windowMs: number; maxConcurrent: number };

export const MARKETO_WINDOW_MS = 20_000;

export type MarketoLimiter = {
  readonly config: LimiterConfig;
  /** Waits for a slot; resolves to the function that gives it back. Throws `deadline` rather than wait past `deadline`. */
  acquire(options?: { deadline?: number; signal?: AbortSignal }): Promise<() => void>;
  /** Calls in flight and slots used in the current window (for tests and diagnostics). */
  snapshot(): { inFlight: number; windowUsed: number; queued: number };
};

type Slot = { endedAt: number | null };
type Waiter = { grant: (release: () => void) => void; fail: (error: unknown) => void; timer?: ReturnType<typeof setTimeout> };

export function createMarketoLimiter(config: Partial<LimiterConfig> = {}, now: () => number = Date.now): MarketoLimiter {
  const settings: LimiterConfig = {
    maxCalls: config.maxCalls ?? env.MARKETO_MAX_CALLS_PER_20S,
    windowMs: config.windowMs ?? MARKETO_WINDOW_MS,
    maxConcurrent: config.maxConcurrent ?? env.MARKETO_MAX_CONCURRENCY,
  };
  let slots: Slot[] = [];
  let inFlight = 0;
  const queue: Waiter[] = [];
  let wakeTimer: ReturnType<typeof setTimeout> | undefined;

  const prune = () => {
    const horizon = now() - settings.windowMs;
    slots = slots.filter((s) => s.endedAt === null || s.endedAt > horizon);
  };

  const pump = () => {
    prune();
    while (queue.length > 0 && inFlight < settings.maxConcurrent && slots.length < settings.maxCalls) {
      const waiter = queue.shift()!;
      if (waiter.timer) clearTimeout(waiter.timer);
      const slot: Slot = { endedAt: null };
      slots.push(slot);
      inFlight += 1;
      let released = false;
      waiter.grant(() => {
        if (released) return;
        released = true;
        slot.endedAt = now();
        inFlight -= 1;
        pump();
      });
    }
    scheduleWake();
  };

  // When only the window blocks, wake up as the oldest finished slot leaves it.
  const scheduleWake = () => {
    if (wakeTimer || queue.length === 0 || inFlight >= settings.maxConcurrent) return;
    const finished = slots.filter((s) => s.endedAt !== null).map((s) => s.endedAt!);
    if (finished.length === 0) return;
    const delay = Math.max(1, Math.min(...finished) + settings.windowMs - now() + 1);
    wakeTimer = setTimeout(() => {
      wakeTimer = undefined;
      pump();
    }, delay);
  };

  return {
    config: settings,
    acquire({ deadline, signal } = {}) {
      return new Promise<() => void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const waiter: Waiter = { grant: resolve, fail: reject };
        const leave = (error: unknown) => {
          const index = queue.indexOf(waiter);
          if (index < 0) return;
          queue.splice(index, 1);
          reject(error);
        };
        if (deadline !== undefined) {
          const remaining = deadline - now();
          if (remaining <= 0) return reject(deadlineError("waiting for a free Marketo call slot"));
          waiter.timer = setTimeout(() => leave(deadlineError("waiting for a free Marketo call slot")), remaining);
        }
        signal?.addEventListener("abort", () => leave(signal.reason), { once: true });
        queue.push(waiter);
        pump();
      });
    },
    snapshot() {
      prune();
      return { inFlight, windowUsed: slots.length, queued: queue.length };
    },
  };
}

type Registry = Map<string, MarketoLimiter>;
const REGISTRY_KEY = Symbol.for("on24connect.marketo.limiters");

/** One limiter per Marketo origin for the whole process: every client of that instance shares it. */
export function getSharedMarketoLimiter(origin: string): MarketoLimiter {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  const registry = (holder[REGISTRY_KEY] ??= new Map());
  const key = origin.toLowerCase();
  let limiter = registry.get(key);
  if (!limiter) {
    limiter = createMarketoLimiter();
    registry.set(key, limiter);
  }
  return limiter;
}
