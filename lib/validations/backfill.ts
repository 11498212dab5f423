import { z } from "zod";

/**
 * Backfill ranges (guide: "1 回の実行につき、31 日という制限があります" — at most 31 days per run).
 * Pure date arithmetic on YYYY-MM-DD strings, shared by the form (live hints), the schema and
 * lib/backfill/request.ts.
 */

export const MAX_BACKFILL_DAYS = 31;
/** Longer ranges may be queued as consecutive runs, up to a year at once. */
export const MAX_SPLIT_DAYS = 366;
/** "Today" is the latest calendar date anywhere on Earth (UTC+14), so nobody's own today counts as the future. */
const LATEST_OFFSET_MS = 14 * 3600_000;
const DAY_MS = 86_400_000;

export type DateRange = { startDate: string; endDate: string };

export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + LATEST_OFFSET_MS).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days covered, both ends included. */
export function daysInRange({ startDate, endDate }: DateRange): number {
  return Math.round((Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Consecutive runs of at most `maxDays` days that cover the range exactly. */
export function splitRange(range: DateRange, maxDays = MAX_BACKFILL_DAYS): DateRange[] {
  const runs: DateRange[] = [];
  for (let start = range.startDate; start <= range.endDate; start = addDays(start, maxDays)) {
    const end = addDays(start, maxDays - 1);
    runs.push({ startDate: start, endDate: end < range.endDate ? end : range.endDate });
  }
  return runs;
}

export type RangeProblem = { field: "startDate" | "endDate"; message: string };

/** What is wrong with a requested range, or [] when it can be queued (split into runs when `split`). */
export function checkBackfillRange(range: DateRange, options: { split?: boolean; today?: string } = {}): RangeProblem[] {
  const today = options.today ?? latestToday();
  const problems: RangeProblem[] = [];
  if (range.startDate > today) problems.push({ field: "startDate", message: "The start date can't be in the future." });
  if (range.endDate > today) problems.push({ field: "endDate", message: "The end date can't be in the future." });
  if (range.endDate < range.startDate) problems.push({ field: "endDate", message: "The end date must be on or after the start date." });
  if (problems.length > 0) return problems;
  const days = daysInRange(range);
  if (!options.split && days > MAX_BACKFILL_DAYS) {
    const runs = splitRange(range).length;
    problems.push({
      field: "endDate",
      message:
        `A backfill covers at most ${MAX_BACKFILL_DAYS} days per run, and this range is ${days} days. ` +
        `Shorten it to ${MAX_BACKFILL_DAYS} days (end on ${addDays(range.startDate, MAX_BACKFILL_DAYS - 1)}), or queue it as ${runs} consecutive runs.`,
    });
  } else if (days > MAX_SPLIT_DAYS) {
    problems.push({ field: "endDate", message: `Request at most ${MAX_SPLIT_DAYS} days at a time (this range is ${days} days).` });
  }
  return problems;
}

const dateField = (label: string) =>
  z.string().trim().min(1, `Pick the ${label} date.`).refine(isIsoDate, `The ${label} date must be a date like 2025-03-01.`);

export const backfillRequestSchema = z
  .object({
    startDate: dateField("start"),
    endDate: dateField("end"),
    split: z
      .string()
      .optional()
      .transform((v) => v === "on" || v === "true"),
  })
  .superRefine((value, ctx) => {
    for (const problem of checkBackfillRange(value, { split: value.split })) {
      ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
    }
  });
export type BackfillRequest = z.output<typeof backfillRequestSchema>;
