// Every call a run makes, by operation, as the clients report them. Marketo's identity call and the
// replies Marketo does not count (601/602/604/…) are kept apart from the calls that use the quota.
import type { MarketoCallInfo } from "@/lib/marketo/types";

export type CallCounts = {
  /** Calls that count against the daily quota and the 100 / 20 s limit, by operation. */
  quota: Record<string, number>;
  /** Identity (token) calls and uncounted replies. */
  free: number;
  on24: number;
  /** ON24 calls by operation (pages, event records, registrant lists, registrants by email). */
  on24ByOperation: Record<string, number>;
};

export type CallTally = {
  marketo(info: MarketoCallInfo): void;
  on24(operationId: string): void;
  /** Counts since the last take(). */
  take(): CallCounts;
};

export function createCallTally(): CallTally {
  const empty = (): CallCounts => ({ quota: {}, free: 0, on24: 0, on24ByOperation: {} });
  let counts = empty();
  return {
    marketo(info) {
      if (!info.countsTowardQuota) counts.free += 1;
      else counts.quota[info.operation] = (counts.quota[info.operation] ?? 0) + 1;
    },
    on24(operationId) {
      counts.on24 += 1;
      counts.on24ByOperation[operationId] = (counts.on24ByOperation[operationId] ?? 0) + 1;
    },
    take() {
      const taken = counts;
      counts = empty();
      return taken;
    },
  };
}

export const quotaTotal = (counts: CallCounts) => Object.values(counts.quota).reduce((sum, n) => sum + n, 0);
