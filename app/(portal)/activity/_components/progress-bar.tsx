import { formatCount } from "./format";

/** records_done of records_estimate; without an estimate, an honest count and a moving stripe. */
export function ProgressBar({ done, estimate, queued }: { done: number; estimate: number | null; queued: boolean }) {
  const known = estimate !== null && estimate > 0;
  const percent = known && !queued ? Math.min(100, Math.round((done / estimate) * 100)) : null;
  const label = queued
    ? "Waiting for its turn: the run starts within a few minutes."
    : known
      ? `${formatCount(done)} of about ${formatCount(estimate)} records (${percent}%)`
      : `${formatCount(done)} records so far`;
  return (
    <div className="space-y-1.5">
      <div
        role="progressbar"
        aria-label="Progress of this run"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={label}
        className="h-2.5 overflow-hidden rounded-full bg-slate-100"
      >
        <div
          className={percent === null ? "h-full w-1/3 animate-pulse rounded-full bg-brand-500/70" : "h-full rounded-full bg-brand-500 transition-[width] duration-700"}
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
      <p className="text-sm text-slate-600">{label}</p>
    </div>
  );
}
