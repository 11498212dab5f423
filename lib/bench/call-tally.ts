// Every call a run makes, by operation, as the clients report them. Marketo's identity call and the
// replies Marketo does not count (601/602/604/…) are kept apart from the calls that use the quota.
import type { MarketoCallInfo } from "@/lib/marketo/types";

export type CallCounts = {
  /** Calls that count against the daily quota and the 100 / 20 s limit, by operation. */
  quota: Record<string, number>;
  /** Identity (token) calls and uncounted replies. */
  free: number;
  on24: number;
};

export type CallTally = {
  marketo(info: MarketoCallInfo): void;
  on24(): void;
  /** Counts since the last take(). */
  take(): CallCounts;
};

export function createCallTally(): CallTally {
  let counts: CallCounts = { quota: {}, free: 0, on24: 0 };
  return {
    marketo(info) {
      if (!info.countsTowardQuota) counts.free += 1;
      else counts.quota[info.operation] = (counts.quota[info.operation] ?? 0) + 1;
    },
    on24() {
      counts.on24 += 1;
    },
    take() {
      const taken = counts;
      counts = { quota: {}, free: 0, on24: 0 };
      return taken;
    },
  };
}

export const quotaTotal = (counts: CallCounts) => Object.values(counts.quota).reduce((sum, n) => sum + n, 0);
