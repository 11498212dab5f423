// `npm run bench -- [--quick] [--sizes 300,1000] [--naive-max n] [--throughput n] [--attendees n]
//  [--chunk-seconds s] [--backfill-minutes m] [--heap-mb mb] [--db postgres|pglite] [--skip-backfill] [--out file]`
import { parseArgs } from "node:util";

export type BenchArgs = {
  quick: boolean;
  /** Sizes of the call-count table (registrations read). */
  sizes: number[];
  /** The naive baseline runs at min(n, naiveMax): its cost per record does not depend on n. */
  naiveMax: number;
  /** New people in the throughput run (long enough for a sustained rate after the first window). */
  throughput: number;
  attendees: number;
  chunkSeconds: number;
  /** No backfill chunk starts after this many minutes (a slow engine is reported unfinished). */
  backfillMinutes: number;
  /** Old-space heap limit of the backfill's child process in MB; 0 for Node's default. */
  heapMb: number;
  /** Database of the child-process runs (throughput, backfill). */
  db: "postgres" | "pglite";
  skipBackfill: boolean;
  out: string;
};

const FULL = { sizes: [300, 1_000, 3_000, 10_000], naiveMax: 1_000, throughput: 20_000, attendees: 100_000 };
const QUICK = { sizes: [300, 1_000, 3_000], naiveMax: 1_000, throughput: 12_000, attendees: 10_000 };
/** The cron's work budget per invocation (300 s maxDuration less its 30 s safety margin). */
const DEFAULT_CHUNK_SECONDS = 270;
/** Keeps a default run near 15 minutes even when the engine is slow; enough for 100,000 attendees at the bound. */
const DEFAULT_BACKFILL_MINUTES = 12;
/**
 * With plenty of memory V8 lets its heap grow to several times the live data before collecting, so an
 * unlimited child shows V8's slack rather than what the engine needs. 128 MB of old space is what the
 * backfill runs in unchanged (same duration); a run that needed more would fail, not slow down.
 */
const DEFAULT_HEAP_MB = 128;

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      sizes: { type: "string" },
      "naive-max": { type: "string" },
      throughput: { type: "string" },
      attendees: { type: "string" },
      "chunk-seconds": { type: "string" },
      "backfill-minutes": { type: "string" },
      "heap-mb": { type: "string" },
      db: { type: "string", default: "postgres" },
      "skip-backfill": { type: "boolean", default: false },
      out: { type: "string", default: "bench-results/sync.md" },
    },
  });
  const base = values.quick ? QUICK : FULL;
  const count = (value: string | undefined, fallback: number) => {
    const n = value === undefined ? fallback : Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`Not a positive whole number: ${value}`);
    return n;
  };
  if (values.db !== "postgres" && values.db !== "pglite") throw new Error("--db is postgres or pglite");
  return {
    quick: values.quick,
    sizes: values.sizes ? values.sizes.split(",").map((s) => count(s.trim(), 0)) : base.sizes,
    naiveMax: count(values["naive-max"], base.naiveMax),
    throughput: count(values.throughput, base.throughput),
    attendees: count(values.attendees, base.attendees),
    chunkSeconds: count(values["chunk-seconds"], DEFAULT_CHUNK_SECONDS),
    backfillMinutes: count(values["backfill-minutes"], DEFAULT_BACKFILL_MINUTES),
    heapMb: values["heap-mb"] === "0" ? 0 : count(values["heap-mb"], DEFAULT_HEAP_MB),
    db: values.db,
    skipBackfill: values["skip-backfill"],
    out: values.out,
  };
}
