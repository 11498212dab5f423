// Counters a batch adds to its process row. Calls are counted as the clients report them and handed
// over with the next commit, so a call spent on work that was later discarded is still counted.
import type { MarketoCallInfo } from "@/lib/marketo/types";
import type { RunCounts } from "./types";

export type CountDelta = Omit<RunCounts, "recordsEstimate">;

export const zeroDelta = (): CountDelta => ({
  leadsCreated: 0,
  coMapped: 0,
  coFailed: 0,
  coWarnings: 0,
  skipped: 0,
  marketoCalls: 0,
  on24Calls: 0,
  recordsDone: 0,
});

export const emptyCounts = (): RunCounts => ({ ...zeroDelta(), recordsEstimate: null });

export function addDelta(into: CountDelta, more: Partial<CountDelta>): CountDelta {
  for (const key of Object.keys(more) as (keyof CountDelta)[]) into[key] += more[key] ?? 0;
  return into;
}

export type CallCounter = {
  onMarketoCall(info: MarketoCallInfo): void;
  onOn24Call(): void;
  /** Calls made since the last take(). */
  take(): { marketoCalls: number; on24Calls: number };
  /** Every Marketo call of this run by operation, quota-counted ones only (for tests and the CLI summary). */
  readonly marketoByOperation: Record<string, number>;
};

export function createCallCounter(): CallCounter {
  let marketo = 0;
  let on24 = 0;
  const marketoByOperation: Record<string, number> = {};
  return {
    marketoByOperation,
    onMarketoCall(info) {
      // Only calls Marketo counts against the daily quota (identity and 60x retries-with-new-token do not).
      if (!info.countsTowardQuota) return;
      marketo += 1;
      marketoByOperation[info.operation] = (marketoByOperation[info.operation] ?? 0) + 1;
    },
    onOn24Call() {
      on24 += 1;
    },
    take() {
      const taken = { marketoCalls: marketo, on24Calls: on24 };
      marketo = 0;
      on24 = 0;
      return taken;
    },
  };
}
