const NUMBER = new Intl.NumberFormat("en");

export function formatCount(value: number): string {
  return NUMBER.format(value);
}

/** "45 s", "3 min 05 s", "2 h 04 min"; null while a run has not finished (or never started). */
export function formatDuration(startedAt: Date | null, finishedAt: Date | null): string | null {
  if (!startedAt || !finishedAt) return null;
  const seconds = Math.max(0, Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, "0")} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}

export function formatPercent(value: number): string {
  return `${(value * 100).toFixed(value > 0 && value < 0.1 ? 1 : 0)}%`;
}
