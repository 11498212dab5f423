// Issue 9's targets, judged from one run's results. A report, not a test: it says PASS or MISS.
import { MAX_OVERRUN_MS } from "./profile";
import { budgetBound, lowerBound, perThousand, type BenchResults } from "./results";
import { quotaTotal } from "./call-tally";

export type Verdict = { target: string; figure: string; pass: boolean };

const MAX_CALLS_PER_THOUSAND_NEW = 12;
const MAX_RATIO_TO_BOUND = 1.05;
const MIN_SHARE_OF_BOUND = 0.9;
const MAX_PEAK_RSS_BYTES = 300 * 2 ** 20;

export function judge(r: BenchResults): Verdict[] {
  const newRuns = r.sizes.map((s) => ({ n: s.n, m: s.engine.new }));
  // Every quota call counts, the lead describe included (a validated Save keeps the one Test Connection read).
  const worstPerThousand = Math.max(...newRuns.map(({ m }) => perThousand(quotaTotal(m.calls), m.records)));
  const worstRatio = Math.max(...newRuns.map(({ n, m }) => quotaTotal(m.calls) / lowerBound(n)));
  const unchanged = r.sizes.map((s) => quotaTotal(s.engine.unchanged.calls));
  const verdicts: Verdict[] = [
    {
      target: `Marketo calls per 1,000 new attendees ≤ ${MAX_CALLS_PER_THOUSAND_NEW}`,
      figure: `worst ${worstPerThousand.toFixed(2)}`,
      pass: worstPerThousand <= MAX_CALLS_PER_THOUSAND_NEW,
    },
    {
      target: `within ${MAX_RATIO_TO_BOUND}× of 3 × ⌈n / 300⌉ at every size`,
      figure: `worst ${worstRatio.toFixed(3)}×`,
      pass: worstRatio <= MAX_RATIO_TO_BOUND,
    },
    { target: "zero Marketo calls for an unchanged re-sync", figure: unchanged.join(", "), pass: unchanged.every((c) => c === 0) },
  ];
  const bound = budgetBound(r.limiter);
  const sustained = r.throughput.sustained;
  verdicts.push({
    target: `throughput ≥ ${MIN_SHARE_OF_BOUND * 100}% of the budget's bound (${bound.toFixed(0)} records/s)`,
    figure: sustained ? `${sustained.perSecond.toFixed(0)} records/s = ${((100 * sustained.perSecond) / bound).toFixed(0)}%` : "run too short to judge",
    pass: sustained !== null && sustained.perSecond >= MIN_SHARE_OF_BOUND * bound,
  });
  if (r.backfill) {
    const b = r.backfill;
    const overrun = Math.max(...b.chunks.map((c) => c.endedAt - c.deadline));
    const finished = b.done.status === "completed";
    const unfinished = finished ? "" : ` (unfinished: ${(b.done.counts?.recordsDone ?? 0).toLocaleString("en-US")} records read)`;
    verdicts.push(
      {
        target: `peak RSS ≤ 300 MB for ${b.attendees.toLocaleString("en-US")} attendees (${b.heapMb ? `heap limited to ${b.heapMb} MB` : "Node's default heap"})`,
        figure: `${mb(b.peakRss)} MB${unfinished}`,
        pass: finished && b.peakRss <= MAX_PEAK_RSS_BYTES,
      },
      { target: `no chunk past its deadline by more than ${MAX_OVERRUN_MS / 1000} s`, figure: `${overrun > 0 ? "+" : ""}${(overrun / 1000).toFixed(1)} s`, pass: overrun <= MAX_OVERRUN_MS },
    );
  }
  return verdicts;
}

export const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
