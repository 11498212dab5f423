import type { DayPoint } from "@/lib/activity/daily-series";
import { formatCount, formatPercent } from "./format";

const WIDTH = 760;
const HEIGHT = 220;
const PAD = { top: 12, right: 44, bottom: 28, left: 48 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;

const SHORT_DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const dayLabel = (day: string) => SHORT_DAY.format(new Date(`${day}T00:00:00Z`));

/** A round top for the count axis: 1, 2 or 5 times a power of ten. */
function niceMax(value: number): number {
  if (value <= 0) return 10;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((m) => m >= value)!;
}

/**
 * Records synced per day (custom objects written, with failures stacked on top) and the failure rate
 * as a line, over the last 30 UTC days. Plain SVG: a role=img summary for screen readers, and the same
 * figures as a table below it.
 */
export function DailyChart({ points }: { points: DayPoint[] }) {
  const max = niceMax(Math.max(...points.map((p) => p.mapped + p.failed)));
  const slot = PLOT_W / points.length;
  const barW = Math.max(2, slot * 0.7);
  const y = (v: number) => PAD.top + PLOT_H - (v / max) * PLOT_H;
  const yRate = (r: number) => PAD.top + PLOT_H - r * PLOT_H;
  const totals = points.reduce((t, p) => ({ mapped: t.mapped + p.mapped, failed: t.failed + p.failed }), { mapped: 0, failed: 0 });
  const rate = totals.mapped + totals.failed > 0 ? totals.failed / (totals.mapped + totals.failed) : 0;
  const summary = `${formatCount(totals.mapped)} custom objects written and ${formatCount(totals.failed)} failed in the last ${points.length} days; failure rate ${formatPercent(rate)}.`;
  const ratePath = points
    .map((p, i) => (p.failureRate === null ? null : `${PAD.left + slot * i + slot / 2},${yRate(p.failureRate)}`))
    .reduce<string[]>((segments, point, i, all) => {
      if (point) segments.push(`${i > 0 && all[i - 1] ? "L" : "M"}${point}`);
      return segments;
    }, [])
    .join(" ");

  return (
    <figure className="space-y-3">
      <figcaption className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm text-slate-600">
        <span>{summary}</span>
        <span className="flex items-center gap-1.5"><span className="size-2.5 rounded-sm bg-brand-500" aria-hidden /> Written</span>
        <span className="flex items-center gap-1.5"><span className="size-2.5 rounded-sm bg-red-500" aria-hidden /> Failed</span>
        <span className="flex items-center gap-1.5"><span className="h-0.5 w-4 bg-amber-500" aria-hidden /> Failure rate (right axis)</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="img" aria-label={`Records synced per day. ${summary}`}>
        {[0, 0.5, 1].map((f) => (
          <g key={f} className="text-[11px]">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(max * f)} y2={y(max * f)} className="stroke-slate-200" strokeDasharray={f === 0 ? undefined : "3 3"} />
            <text x={PAD.left - 6} y={y(max * f) + 4} textAnchor="end" className="fill-slate-500">{formatCount(max * f)}</text>
            <text x={WIDTH - PAD.right + 6} y={yRate(f) + 4} className="fill-amber-700">{formatPercent(f)}</text>
          </g>
        ))}
        {points.map((p, i) => {
          const x = PAD.left + slot * i + (slot - barW) / 2;
          return (
            <g key={p.day}>
              <title>{`${dayLabel(p.day)}: ${formatCount(p.mapped)} written, ${formatCount(p.failed)} failed${p.failureRate === null ? "" : ` (${formatPercent(p.failureRate)})`}`}</title>
              <rect x={PAD.left + slot * i} y={PAD.top} width={slot} height={PLOT_H} className="fill-transparent hover:fill-slate-100" />
              <rect x={x} y={y(p.mapped)} width={barW} height={y(0) - y(p.mapped)} className="fill-brand-500" />
              <rect x={x} y={y(p.mapped + p.failed)} width={barW} height={y(p.mapped) - y(p.mapped + p.failed)} className="fill-red-500" />
              {i % 5 === 0 && (
                <text x={PAD.left + slot * i + slot / 2} y={HEIGHT - 8} textAnchor="middle" className="fill-slate-500 text-[11px]">{dayLabel(p.day)}</text>
              )}
            </g>
          );
        })}
        {ratePath && <path d={ratePath} fill="none" className="stroke-amber-500" strokeWidth={2} strokeLinejoin="round" pointerEvents="none" />}
      </svg>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700 hover:underline">Show the figures as a table</summary>
        <table className="mt-2 w-full max-w-lg text-xs">
          <thead>
            <tr className="text-left text-slate-500">
              <th scope="col" className="py-1 font-medium">Day (UTC)</th>
              <th scope="col" className="py-1 text-right font-medium">Written</th>
              <th scope="col" className="py-1 text-right font-medium">Failed</th>
              <th scope="col" className="py-1 text-right font-medium">Failure rate</th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {points.map((p) => (
              <tr key={p.day} className="border-t border-slate-100">
                <th scope="row" className="py-1 text-left font-normal">{dayLabel(p.day)}</th>
                <td className="py-1 text-right">{formatCount(p.mapped)}</td>
                <td className="py-1 text-right">{formatCount(p.failed)}</td>
                <td className="py-1 text-right">{p.failureRate === null ? "—" : formatPercent(p.failureRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
