/** One day of the Activity chart. */
export type DayPoint = {
  day: string;
  mapped: number;
  failed: number;
  warnings: number;
  skipped: number;
  /** failed / (mapped + failed), or null on a day with nothing written or failed. */
  failureRate: number | null;
};

type DayTotals = { day: string; mapped: number; failed: number; warnings: number; skipped: number };

const DAY_MS = 86_400_000;

/** The first UTC midnight of a window of `days` days ending today (so today counts as one). */
export function windowStart(now: Date, days: number): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - (days - 1) * DAY_MS);
}

/** Every day of the window in order, with zeros for days without runs. */
export function fillDays(totals: readonly DayTotals[], now: Date, days: number): DayPoint[] {
  const byDay = new Map(totals.map((t) => [t.day, t]));
  const start = windowStart(now, days).getTime();
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(start + i * DAY_MS).toISOString().slice(0, 10);
    const t = byDay.get(day);
    const mapped = t?.mapped ?? 0;
    const failed = t?.failed ?? 0;
    return {
      day,
      mapped,
      failed,
      warnings: t?.warnings ?? 0,
      skipped: t?.skipped ?? 0,
      failureRate: mapped + failed > 0 ? failed / (mapped + failed) : null,
    };
  });
}
