/**
 * How far past its deadline a scheduler chunk (and a whole tick) runs, on the real engine against the
 * standalone simulators with a slow, uneven Marketo, PostgreSQL and Redis. The safety margin kept at the
 * end of each cron invocation (lib/scheduler/timing.ts) must stay well above the worst figure here.
 *
 *   npx tsx --conditions=react-server lib/scheduler/bench-overrun.ts
 *
 * Writes bench-results/scheduler-overrun.md. Needs the local PostgreSQL and Redis (STACK.md).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openDb } from "@/db";
import { createKvFromConfig } from "@/lib/kv";
import { createTestDatabase } from "@/lib/testing/postgres";
import { TEST_REDIS_URL } from "@/lib/testing/redis";
import { createEngineRunner } from "./engine-runner";
import { startSandboxWorkspaces } from "./testing/sandbox-workspaces";
import { runSchedulerTick } from "./tick";
import { SAFETY_MARGIN_MS } from "./timing";

/** Invocation budgets tried: short ones cut runs often, which is where overruns show. */
const BUDGETS_MS = [15_000, 30_000, 60_000];
const WORKSPACES = 4;
/** Marketo answers in 0.3–2.5 s: slow calls near a deadline are what push a chunk past it. */
const MARKETO_LATENCY_MS: [number, number] = [300, 2_500];
const MAX_TICKS = 40;
const OUTPUT = path.join(process.cwd(), "bench-results", "scheduler-overrun.md");

type Row = { budgetMs: number; ticks: number; chunks: number; cut: number; chunkMax: number; chunkMedian: number; tickMax: number };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

async function measure(budgetMs: number): Promise<Row> {
  const testDb = await createTestDatabase({ migrate: true });
  const handle = await openDb({ url: testDb.url, driver: "pg" });
  const kv = createKvFromConfig({ REDIS_URL: TEST_REDIS_URL });
  const sandboxes = await startSandboxWorkspaces(handle.db, WORKSPACES, {
    events: 4,
    registrantsPerEvent: 500,
    marketo: { latencyMs: MARKETO_LATENCY_MS },
  });
  const chunkOverruns: number[] = [];
  const tickOverruns: number[] = [];
  let ticks = 0;
  let cut = 0;
  try {
    const runWorkspace = createEngineRunner({ kv, db: handle.db });
    for (; ticks < MAX_TICKS; ticks++) {
      const deadline = Date.now() + budgetMs;
      const result = await runSchedulerTick({ db: handle.db, runWorkspace }, { trigger: "cron", deadline });
      if (result.turns.length === 0) break;
      tickOverruns.push(Date.parse(result.finishedAt) - deadline);
      for (const chunk of result.turns.flatMap((t) => t.chunks)) {
        chunkOverruns.push(chunk.overrunMs);
        if (chunk.moreWork) cut++;
      }
    }
  } finally {
    await Promise.all(sandboxes.map((s) => s.close()));
    await kv.close?.();
    await handle.close();
    await testDb.drop();
  }
  return {
    budgetMs,
    ticks,
    chunks: chunkOverruns.length,
    cut,
    chunkMax: Math.max(...chunkOverruns),
    chunkMedian: median(chunkOverruns),
    tickMax: Math.max(...tickOverruns),
  };
}

const rows: Row[] = [];
for (const budget of BUDGETS_MS) {
  const row = await measure(budget);
  rows.push(row);
  console.log(JSON.stringify(row));
}
const worst = Math.max(...rows.map((r) => Math.max(r.chunkMax, r.tickMax)));
const lines = [
  "# Scheduler: time past the deadline",
  "",
  `Measured ${new Date().toISOString().slice(0, 10)} with \`npx tsx --conditions=react-server lib/scheduler/bench-overrun.ts\`: ${WORKSPACES} workspaces of ~2,000 registrations,`,
  `Marketo answering in ${MARKETO_LATENCY_MS[0]}–${MARKETO_LATENCY_MS[1]} ms per call, ON24 simulator, PostgreSQL and Redis on localhost, 2 workers per tick.`,
  "Overrun = when the chunk (or the whole tick, including rescheduling) returned minus its deadline; negative means early.",
  "",
  "| budget | ticks | chunks | cut off | chunk overrun max | chunk overrun median | tick overrun max |",
  "| --- | --- | --- | --- | --- | --- | --- |",
  ...rows.map(
    (r) =>
      `| ${r.budgetMs / 1000} s | ${r.ticks} | ${r.chunks} | ${r.cut} | ${r.chunkMax} ms | ${r.chunkMedian} ms | ${r.tickMax} ms |`,
  ),
  "",
  worst > 0
    ? `Longest overrun: ${worst} ms past the deadline, against a safety margin of ${SAFETY_MARGIN_MS / 1000} s kept at the end of each invocation.`
    : `No chunk or tick ran past its deadline: the closest returned ${-worst} ms before it (safety margin kept at the end of each invocation: ${SAFETY_MARGIN_MS / 1000} s).`,
  "",
];
mkdirSync(path.dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, lines.join("\n"));
console.log(lines.join("\n"));
