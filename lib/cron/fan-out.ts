import { cronAuthorization } from "./with-cron";

/**
 * Fan-out: when more workspaces are due than one invocation serves, it starts a few more invocations of
 * the same route instead of running longer. Each request carries the bearer secret and FANOUT_HEADER;
 * the receiving invocation acknowledges at once (202) and works after its response, so the sender only
 * waits for that acknowledgement, and it never fans out again (the tree is one level deep).
 */

export const FANOUT_HEADER = "x-cron-fanout";
/** Enough for a cold start to answer 202; a dispatch that takes longer is abandoned, not retried. */
const DISPATCH_TIMEOUT_MS = 10_000;

export type FanOutTarget = { url: string; secret: string; fetch?: typeof fetch };

/** Starts `count` invocations of `url`; resolves once each has acknowledged or failed (failures are logged only). */
export async function dispatchFanOut(count: number, target: FanOutTarget): Promise<number> {
  const send = target.fetch ?? globalThis.fetch;
  const results = await Promise.allSettled(
    Array.from({ length: count }, async () => {
      const response = await send(target.url, {
        method: "GET",
        headers: { ...cronAuthorization(target.secret), [FANOUT_HEADER]: "1" },
        signal: AbortSignal.timeout(DISPATCH_TIMEOUT_MS),
        cache: "no-store",
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
    }),
  );
  const failed = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
  for (const f of failed) console.error(`[cron] fan-out to ${new URL(target.url).pathname} failed: ${String(f.reason)}`);
  return count - failed.length;
}
