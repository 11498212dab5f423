// Incremental windows: where each pass starts reading, from its high-water mark minus the lag ON24 documents.
import { pacificDay, pacificDayEnd, pacificDayStart } from "@/lib/on24/pacific-time";
import type { DayWindow } from "./types";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** ON24 shows new registrants about 15 minutes late (on24-api-notes.md §5). */
export const REGISTRANT_OVERLAP_MS = 15 * MINUTE;
/** New attendees can take up to 24 h to appear, and activity fields are cached 3–24 h (on24-api-notes.md §2.7). */
export const ATTENDEE_OVERLAP_MS = 24 * HOUR;
/** A workspace's first run brings the last week; anything older is what a backfill job is for. */
export const FIRST_RUN_LOOKBACK_MS = 7 * DAY;

/**
 * The Pacific days to read: from the high-water mark minus the overlap (or the first-run lookback)
 * up to the day of `now`, which is fixed for the cycle so paging stays stable while it resumes.
 */
export function windowFrom(through: string | undefined, overlapMs: number, now: number): DayWindow {
  const from = through ? Math.min(Date.parse(through) - overlapMs, now) : now - FIRST_RUN_LOOKBACK_MS;
  return { startDate: pacificDay(from), endDate: pacificDay(now) };
}

/** The instants a set of day windows spans, for the process row; `endsAt` caps a window that ends today. */
export function windowInstants(windows: DayWindow[], endsAt?: number): { start: Date | null; end: Date | null } {
  if (windows.length === 0) return { start: null, end: null };
  const start = windows.map((w) => w.startDate).sort()[0];
  const end = windows.map((w) => w.endDate).sort().at(-1)!;
  const endMs = endsAt === undefined ? pacificDayEnd(end) : Math.min(endsAt, pacificDayEnd(end));
  return { start: new Date(pacificDayStart(start)), end: new Date(endMs) };
}
