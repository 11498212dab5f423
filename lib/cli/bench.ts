/**
 * Sync benchmark (issue 9): the engine against the standalone simulators at Marketo's real limits, with
 * a naive baseline beside it; writes bench-results/sync.md and prints it. A report, not a test.
 *
 *   npm run bench                 # full run (sizes 300–10,000, 100,000-attendee backfill)
 *   npm run bench -- --quick      # a few minutes
 *   npm run bench -- --attendees 100000 --chunk-seconds 60 --db pglite
 *
 * The throughput and backfill runs put the engine in a child process with a throwaway database on the
 * local PostgreSQL (--db pglite, or no PostgreSQL reachable: PGlite in a temporary folder).
 */
import "@/lib/bench/bench-env";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseBenchArgs } from "@/lib/bench/args";
import { measureBackfill } from "@/lib/bench/backfill-rss";
import type { DbChoice } from "@/lib/bench/bench-db";
import { measureEngineAtSize } from "@/lib/bench/engine-at-size";
import { describeMachine } from "@/lib/bench/machine";
import { measureNaiveAtSize } from "@/lib/bench/naive-at-size";
import { CRON_CHUNK_MS } from "@/lib/bench/profile";
import { renderReport } from "@/lib/bench/report";
import type { BenchResults, SizeRun } from "@/lib/bench/results";
import { measureThroughput } from "@/lib/bench/throughput-run";
import { createMarketoLimiter } from "@/lib/marketo/limiter";
import { createTestDatabase } from "@/lib/testing/postgres";

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Without a local PostgreSQL the child runs on PGlite, whose own footprint (~700 MB RSS) then dominates its memory figure. */
function noPostgres(error: unknown): null {
  log(`  no local PostgreSQL (${error instanceof Error ? error.message : String(error)}): the child process uses PGlite in a temporary folder`);
  return null;
}

async function main() {
  const args = parseBenchArgs(process.argv.slice(2));
  const started = Date.now();
  // The deployment's default budget (lib/env.ts), as every workspace's runs get it.
  const limiter = createMarketoLimiter().config;
  const engine = { limiter, chunkMs: CRON_CHUNK_MS, log };

  const sizes: SizeRun[] = [];
  for (const n of args.sizes) {
    log(`n = ${n}`);
    const naiveN = Math.min(n, args.naiveMax);
    sizes.push({ n, engine: await measureEngineAtSize(n, engine), naiveN, naive: await measureNaiveAtSize(naiveN) });
  }
  // The child processes' database: a throwaway one on the local PostgreSQL, or PGlite in a temporary folder.
  const withChildDb = async <T>(fn: (db: DbChoice) => Promise<T>): Promise<T> => {
    const testDb = args.db === "postgres" ? await createTestDatabase({ migrate: true }).catch(noPostgres) : null;
    // An interrupted run still drops its throwaway database.
    const dropOnSignal = () => void (testDb?.drop() ?? Promise.resolve()).finally(() => process.exit(130));
    process.once("SIGINT", dropOnSignal).once("SIGTERM", dropOnSignal);
    try {
      return await fn(testDb ? { kind: "postgres", url: testDb.url } : { kind: "pglite-folder" });
    } finally {
      process.off("SIGINT", dropOnSignal).off("SIGTERM", dropOnSignal);
      await testDb?.drop();
    }
  };

  log(`throughput: ${args.throughput} new people`);
  const throughput = await withChildDb((db) => measureThroughput(args.throughput, { limiter, db }));
  log(`  ${throughput.records} records in ${throughput.seconds.toFixed(1)} s, sustained ${throughput.sustained?.perSecond.toFixed(1) ?? "?"} records/s`);

  let backfill: BenchResults["backfill"] = null;
  if (!args.skipBackfill) {
    log(`backfill: ${args.attendees} attendees in chunks of ${args.chunkSeconds} s`);
    const options = { chunkMs: args.chunkSeconds * 1000, maxMs: args.backfillMinutes * 60_000, limiter, heapMb: args.heapMb, log };
    const result = await withChildDb((db) => measureBackfill(args.attendees, { ...options, db }));
    backfill = { ...result, chunkSeconds: args.chunkSeconds };
  }

  const results: BenchResults = {
    machine: describeMachine(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
    limiter,
    sizes,
    throughput,
    backfill,
    seconds: (Date.now() - started) / 1000,
  };
  const out = path.resolve(args.out);
  const report = renderReport(results, existsSync(out) ? readFileSync(out, "utf8") : null);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, report);
  log(`\n${report}\nWritten to ${path.relative(process.cwd(), out)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
