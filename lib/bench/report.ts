// The markdown report (bench-results/sync.md). A hand-written section between the history markers is
// carried over from the previous file, so before/after notes survive re-runs.
import { quotaTotal } from "./call-tally";
import { MARKETO_LATENCY_MS, MARKETO_LIMITS, ON24_LATENCY_MS } from "./profile";
import { budgetBound, describeCalls, lowerBound, perThousand, recordCalls, type BenchResults } from "./results";
import { SCENARIOS, SCENARIO_LABELS } from "./scenarios";
import { judge, mb } from "./targets";

export const HISTORY_START = "<!-- history: kept across runs -->";
export const HISTORY_END = "<!-- /history -->";

const f1 = (n: number) => n.toFixed(1);
const int = (n: number) => Math.round(n).toLocaleString("en-US");

export function renderReport(r: BenchResults, previous: string | null): string {
  const lines: string[] = ["# Sync benchmark", "", `\`${r.command}\` — ${f1(r.seconds / 60)} minutes.`, "", ...r.machine.map((m) => `- ${m}`), ""];
  lines.push(...howToRead(), ...conditions(r), ...targets(r), ...callTable(r), ...throughput(r), ...backfill(r), ...history(previous));
  return `${lines.join("\n")}\n`;
}

function howToRead(): string[] {
  return [
    "## How to read this",
    "",
    "Marketo allows an instance 100 calls per 20 s and a daily quota (often 50,000) shared by every integration a customer runs, so what a sync costs is counted in calls. The bound for n new people is 3 × ⌈n / 300⌉: one lookup, one create and one upsert per full batch of 300. *Engine ÷ bound* of 1.000 means the engine spends exactly that; the naive column is what a one-record-at-a-time integration spends (about 3,000 calls per 1,000 new people). A re-sync of unchanged data should cost nothing; a 10% change costs only the changed records' upserts. Throughput is compared with what the engine's own call budget allows, because that budget, not the engine, is what limits a well-batched sync. The backfill run shows that a 100,000-attendee window is streamed (memory does not grow with it) and that chunks stop before their deadline.",
    "",
  ];
}

function conditions(r: BenchResults): string[] {
  const { rateLimit, maxConcurrent } = MARKETO_LIMITS;
  return [
    "## Conditions",
    "",
    `- Marketo simulator at Marketo's limits: ${rateLimit.maxCalls} calls / ${rateLimit.windowMs / 1000} s and ${maxConcurrent} at once per instance (606 / 615 beyond), 300 records per call; each call takes ${MARKETO_LATENCY_MS[0]}–${MARKETO_LATENCY_MS[1]} ms (uniform).`,
    `- ON24 simulator; each request takes ${ON24_LATENCY_MS[0]}–${ON24_LATENCY_MS[1]} ms (uniform, added as the round trip), 100 records per page.`,
    `- The engine's own limiter (what it allows itself, shared with nothing else here): ${r.limiter.maxCalls} calls / ${r.limiter.windowMs / 1000} s, ${r.limiter.maxConcurrent} at once — the deployment default (MARKETO_MAX_CALLS_PER_20S, MARKETO_MAX_CONCURRENCY).`,
    "- Every sync is a backfill job over the days that hold the records, run in chunks by `runWorkspaceLocked` as the cron runs it.",
    `- Call counts: engine, simulators and PGlite (in memory) in one process. Throughput and backfill: the engine alone in a child process, with ${r.throughput.db}.`,
    "",
  ];
}

function targets(r: BenchResults): string[] {
  return ["## Targets (issue 9)", "", "| target | figure | result |", "| --- | --- | --- |", ...judge(r).map((v) => `| ${v.target} | ${v.figure} | ${v.pass ? "PASS" : "MISS"} |`), ""];
}

function callTable(r: BenchResults): string[] {
  const lines = [
    "## Marketo calls per 1,000 records",
    "",
    "Calls that count against Marketo's quota and rate limit. *For the records*: lookups, creates, person-link updates and upserts. *Describe*: the lead fields, described once a day per workspace (cached 24 h; a validated Save keeps the describe its Test Connection read, so a first sync after Save spends none). *Engine per 1,000* and *engine ÷ bound* count both. *Identity*: token calls, which Marketo does not count. The naive baseline runs at min(n, its cap); its cost per record does not depend on n.",
    "",
    "| n | situation | records read | engine calls for the records | + describe | identity | engine per 1,000 | naive per 1,000 (at n) | bound 3 × ⌈n / 300⌉ | engine ÷ bound | ON24 calls per 1,000 |",
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const size of r.sizes) {
    for (const key of SCENARIOS) {
      const e = size.engine[key];
      const naive = size.naive[key];
      const calls = recordCalls(e.calls);
      const all = quotaTotal(e.calls);
      const bound = key === "new" ? lowerBound(size.n) : null;
      lines.push(
        `| ${int(size.n)} | ${SCENARIO_LABELS[key]} | ${int(e.records)} | ${calls} | ${describeCalls(e.calls)} | ${e.calls.free} | ${f1(perThousand(all, e.records))} | ${f1(perThousand(quotaTotal(naive.calls), naive.records))} (${int(size.naiveN)}) | ${bound ?? "—"} | ${bound ? (all / bound).toFixed(3) : "—"} | ${f1(perThousand(e.calls.on24, e.records))} |`,
      );
    }
  }
  const failed = r.sizes.flatMap((s) => SCENARIOS.map((k) => s.engine[k].failed)).reduce((a, b) => a + b, 0);
  lines.push("", `Records the engine failed to write across these runs: ${failed}.`, "");
  return lines;
}

function throughput(r: BenchResults): string[] {
  const bound = budgetBound(r.limiter);
  const { records, seconds, sustained, n } = r.throughput;
  const naiveBound = r.limiter.maxCalls / (r.limiter.windowMs / 1000) / 3;
  return [
    "## Throughput",
    "",
    `Bound = maxCalls ÷ window × 300 records ÷ 3 calls = ${r.limiter.maxCalls} ÷ ${r.limiter.windowMs / 1000} s × 100 = **${f1(bound)} records/s** for new people. The limiter lets a run spend its first window's calls at once, so the sustained rate is measured from the end of the first ${r.limiter.windowMs / 1000} s to the last record written. The engine runs in a child process (as in the backfill run below), so the simulators' CPU does not slow it. The naive baseline (3 calls per new person) is bounded by the same budget at ${naiveBound.toFixed(2)} records/s.`,
    "",
    "| new people | run | average | sustained (after the first window) | share of the bound | peak RSS (Node's default heap) |",
    "| ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${int(n)} | ${f1(seconds)} s | ${f1(records / seconds)} records/s | ${sustained ? `${f1(sustained.perSecond)} records/s over ${f1(sustained.seconds)} s` : "run too short"} | ${sustained ? `${((100 * sustained.perSecond) / bound).toFixed(0)}%` : "—"} | ${mb(r.throughput.peakRss)} MB |`,
    "",
  ];
}

function backfill(r: BenchResults): string[] {
  const b = r.backfill;
  if (!b) return ["## Backfill", "", "Not run (--skip-backfill).", ""];
  const overrun = Math.max(...b.chunks.map((c) => c.endedAt - c.deadline));
  const c = b.done.counts;
  return [
    "## Backfill: memory and deadlines",
    "",
    `A ${b.attendees.toLocaleString("en-US")}-attendee, 31-day backfill (${b.events} events of ${int(b.perEvent)} registrants; Create New People on, ON24 Registrants off, so every record is an attendee) run by the engine in a child process, in chunks of ${b.chunkSeconds} s with a deadline as the cron gives one. The simulators run in the parent, so the child's memory is the engine's (with its database client, the TypeScript loader and Node itself). Database: ${b.done.db}. Limiter as above.`,
    "",
    b.heapMb
      ? `The child's heap is limited to ${b.heapMb} MB of old space (\`--max-old-space-size\`). With memory to spare V8 lets its heap grow to several times the live data before a full collection (the throughput run above shows that figure with Node's defaults); with the limit it collects sooner, and a run that really needed more memory would fail rather than finish. The RSS below is therefore what the engine needs; \`--heap-mb 0\` repeats the run with Node's defaults.`
      : "The child runs with Node's default heap settings: with memory to spare V8 lets its heap grow to several times the live data before a full collection, so this peak includes that slack.",
    "",
    "| status | records read | peak RSS | RSS before the first chunk | chunks | longest past its deadline | duration | records written / failed | leads created | Marketo calls (identity) | ON24 calls |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${b.done.status === "completed" ? "completed" : `unfinished after ${f1(b.seconds / 60)} min`} | ${int(c?.recordsDone ?? 0)} | ${mb(b.peakRss)} MB | ${mb(b.readyRss)} MB | ${b.chunks.length} | ${overrun > 0 ? "+" : ""}${f1(overrun / 1000)} s | ${f1(b.seconds)} s | ${int(c?.coMapped ?? 0)} / ${int(c?.coFailed ?? 0)} | ${int(c?.leadsCreated ?? 0)} | ${quotaTotal(b.done.calls)} (${b.done.calls.free}) | ${b.done.calls.on24} |`,
    "",
    `ON24 calls by operation: ${Object.entries(b.done.calls.on24ByOperation).map(([op, n]) => `${op} ${n}`).join(", ")}.`,
    "",
    `Chunk ends against their deadlines (negative: before it): ${b.chunks.map((ch) => f1((ch.endedAt - ch.deadline) / 1000)).join(", ")} s.`,
    "",
    ...(b.done.failures.length ? ["Failed records by reason:", "", ...b.done.failures.map((x) => `- ${x.records} × ${x.code}: ${x.message}`), ""] : []),
  ];
}

function history(previous: string | null): string[] {
  const start = previous?.indexOf(HISTORY_START) ?? -1;
  const end = previous?.indexOf(HISTORY_END) ?? -1;
  const kept = start >= 0 && end > start ? previous!.slice(start + HISTORY_START.length, end).trim() : "No changes recorded yet.";
  return ["## Before and after", "", HISTORY_START, kept, HISTORY_END];
}
