import type { Outcome } from "@/db/schema";
import { OUTCOMES } from "@/db/schema";
import { formatCount, formatPercent } from "./format";
import { OUTCOME_LABELS } from "./status-badges";

const COLORS: Record<Outcome, string> = {
  created: "bg-emerald-500",
  updated: "bg-brand-500",
  warning: "bg-amber-400",
  skipped: "bg-slate-400",
  failed: "bg-red-500",
};
const ORDER: Outcome[] = ["created", "updated", "warning", "skipped", "failed"];

/** How the records of one process ended: one stacked bar, and the same numbers as a list. */
export function OutcomeChart({ counts }: { counts: Record<Outcome, number> }) {
  const total = OUTCOMES.reduce((sum, o) => sum + counts[o], 0);
  if (total === 0) return <p className="text-sm text-slate-600">No records yet: outcomes appear here as the run handles them.</p>;
  const summary = ORDER.map((o) => `${formatCount(counts[o])} ${OUTCOME_LABELS[o].toLowerCase()}`).join(", ");
  return (
    <div className="space-y-3">
      <div role="img" aria-label={`Outcomes of ${formatCount(total)} records: ${summary}.`} className="flex h-4 overflow-hidden rounded-full bg-slate-100">
        {ORDER.filter((o) => counts[o] > 0).map((o) => (
          <div key={o} className={COLORS[o]} style={{ width: `${(counts[o] / total) * 100}%` }} title={`${OUTCOME_LABELS[o]}: ${formatCount(counts[o])}`} />
        ))}
      </div>
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {ORDER.map((o) => (
          <li key={o} className="flex items-center gap-1.5 text-slate-600">
            <span className={`size-2.5 rounded-sm ${COLORS[o]}`} aria-hidden />
            {OUTCOME_LABELS[o]}
            <span className="font-medium tabular-nums text-slate-900">{formatCount(counts[o])}</span>
            <span className="text-xs text-slate-500">({formatPercent(counts[o] / total)})</span>
          </li>
        ))}
      </ul>
      {/* Written-with-a-warning records are counted only as warnings, so "Created" alone would look too low. */}
      {counts.warning > 0 && (
        <p className="text-xs text-slate-500">
          Warning counts records that were written to Marketo (created or updated) with a value cut or left out; each one&apos;s reason says which.
        </p>
      )}
    </div>
  );
}
