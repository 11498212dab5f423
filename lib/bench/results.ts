// Everything one benchmark run measured, and the figures derived from it that the report and the
// targets share.
import type { LimiterConfig } from "@/lib/marketo/limiter";
import type { BackfillResult } from "./backfill-rss";
import { quotaTotal, type CallCounts } from "./call-tally";
import { MARKETO_BATCH } from "./profile";
import type { Measured, ScenarioKey } from "./scenarios";

/** Describing the lead fields is a quota call made once a day per workspace (cached), not per record. */
const DESCRIBE = "describeLeads";

export type SizeRun = { n: number; engine: Record<ScenarioKey, Measured>; naiveN: number; naive: Record<ScenarioKey, Measured> };
export type ThroughputRun = {
  n: number;
  /** Records written, and the whole run's wall time (the child process's start to its end). */
  records: number;
  seconds: number;
  calls: CallCounts;
  sustained: { perSecond: number; seconds: number } | null;
  db: string;
  /** Bytes, with Node's default heap settings. */
  peakRss: number;
};

export type BenchResults = {
  machine: string[];
  command: string;
  limiter: LimiterConfig;
  sizes: SizeRun[];
  throughput: ThroughputRun;
  backfill: (BackfillResult & { chunkSeconds: number }) | null;
  seconds: number;
};

/** Quota calls spent on the records themselves (lookups, creates, person links, upserts). */
export const recordCalls = (calls: CallCounts) => quotaTotal(calls) - (calls.quota[DESCRIBE] ?? 0);
export const describeCalls = (calls: CallCounts) => calls.quota[DESCRIBE] ?? 0;
export const perThousand = (calls: number, records: number) => (records === 0 ? 0 : (calls / records) * 1000);
/** Lookup, create and upsert per full batch of new people. */
export const lowerBound = (n: number) => 3 * Math.ceil(n / MARKETO_BATCH);
/** Records per second the call budget allows for new people: maxCalls per window × 300 records per 3 calls. */
export const budgetBound = (limiter: LimiterConfig) => (limiter.maxCalls / (limiter.windowMs / 1000)) * (MARKETO_BATCH / 3);
