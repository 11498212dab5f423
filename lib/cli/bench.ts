/**
 * Sync benchmark (issue 9): the engine against the standalone simulators at Marketo's real limits, with
 * a naive baseline beside it; writes bench-results/sync.md and prints it. A report, not a test.
 *
 *   npm run bench                 # full run (sizes 300–10,000, 100,000-attendee backfill)
 *   npm run bench -- --quick      # a few minutes
 *   npm run bench -- --attendees 100000 --chunk-seconds 60 --backfill-db pglite
 *
 * The backfill's database is a throwaway one on the local PostgreSQL by default (see --backfill-db).
 */
import "@/lib/bench/bench-env";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseBenchArgs } from "@/lib/bench/args";
import { measureBackfill } from "@/lib/bench/backfill-rss";
import type { DbChoice } from "@/lib/bench/bench-db";
import { measureEngineAtSize, measureNewPeople } from "@/lib/bench/engine-at-size";
import { describeMachine } from "@/lib/bench/machine";
import { measureNaiveAtSize } from "@/lib/bench/naive-at-size";
import { CRON_CHUNK_MS } from "@/lib/bench/profile";
import { renderReport } from "@/lib/bench/report";
import type { BenchResults, SizeRun } from "@/lib/bench/results";
import { sustainedRate } from "@/lib/bench/throughput";
import { createMarketoLimiter } from "@/lib/marketo/limiter";
import { createTestDatabase } from "@/lib/testing/postgres";

const log = (line: string) => process.stdout.write(`${line}\n`);

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
  log(`throughput: ${args.throughput} new people`);
  const measured = await measureNewPeople(args.throughput, engine);
  const throughput = { n: args.throughput, measured, sustained: sustainedRate(measured.samples!, limiter.windowMs) };

  let backfill: BenchResults["backfill"] = null;
  if (!args.skipBackfill) {
    log(`backfill: ${args.attendees} attendees in chunks of ${args.chunkSeconds} s`);
    const testDb = args.backfillDb === "postgres" ? await createTestDatabase({ migrate: true }) : null;
    const db: DbChoice = testDb ? { kind: "postgres", url: testDb.url } : { kind: "pglite-folder" };
    try {
      const result = await measureBackfill(args.attendees, { chunkMs: args.chunkSeconds * 1000, limiter, db, log });
      backfill = { ...result, chunkSeconds: args.chunkSeconds, db: result.done.db };
    } finally {
      await testDb?.drop();
    }
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
