// The conditions every benchmark run uses, in one place so the report can print them.

/** Marketo's documented per-instance limits, enforced by the simulator (606 / 615 beyond them). */
export const MARKETO_LIMITS = { rateLimit: { maxCalls: 100, windowMs: 20_000 }, maxConcurrent: 10 } as const;
/** Marketo's batch size for lookups, creates and custom-object upserts. */
export const MARKETO_BATCH = 300;
/**
 * Marketo REST calls commonly answer in a few hundred milliseconds; batch writes of 300 records sit at the
 * upper end. Drawn uniformly per call by the simulator.
 */
export const MARKETO_LATENCY_MS: [number, number] = [150, 400];
/** An ON24 analytics page of 100 records: a round trip of a few hundred milliseconds. Drawn per request. */
export const ON24_LATENCY_MS: [number, number] = [100, 300];
/** The cron's work budget per invocation: 300 s maxDuration minus its 30 s safety margin (lib/scheduler/timing.ts). */
export const CRON_CHUNK_MS = 270_000;
/** No chunk may end later than this past its deadline (issue 9). */
export const MAX_OVERRUN_MS = 5_000;
