import type { z } from "zod";
import { On24Error } from "./errors";
import { isOn24Day } from "./pacific-time";
import { parseRecords } from "./records";

/**
 * ON24 pages by offset (`pageoffset` zero-based, `itemsperpage` ≤ 100 on the client-level lists) and
 * reports `pagecount`/`currentpage`. Pages are yielded one at a time so a 100,000-attendee backfill is
 * streamed, and each page carries the cursor of the page after it: the sync stores `next` after it has
 * written a page and resumes there by passing it back.
 */

/** Pacific calendar days (YYYY-MM-DD), both inclusive, as ON24's `startdate`/`enddate` take them. */
export type On24Window = { startDate: string; endDate: string };

/** JSON-safe checkpoint: the window and the zero-based page to read next. */
export type On24PageCursor = On24Window & { pageOffset: number };

export type On24Page<T> = {
  records: T[];
  /** Records ON24 sent that could not be used (no eventuserid); counted, never silently merged. */
  rejected: number;
  pageOffset: number;
  pageCount: number;
  total: number;
  /** This page's own cursor (re-reading it is safe: writes are idempotent). */
  cursor: On24PageCursor;
  /** Where to continue after this page, or null when this was the last page. */
  next: On24PageCursor | null;
};

export const MAX_ITEMS_PER_PAGE = 100;

export type RawPage = { items: unknown[]; total?: number; pagecount?: number };

export async function* offsetPages<S extends z.ZodType>(
  from: On24Window & { pageOffset?: number },
  itemsPerPage: number,
  schema: S,
  fetchPage: (pageOffset: number) => Promise<RawPage>,
): AsyncGenerator<On24Page<z.output<S>>> {
  assertWindow(from);
  const window = { startDate: from.startDate, endDate: from.endDate };
  for (let pageOffset = from.pageOffset ?? 0; ; pageOffset++) {
    const raw = await fetchPage(pageOffset);
    const { records, rejected } = parseRecords(schema, raw.items);
    const total = raw.total ?? pageOffset * itemsPerPage + raw.items.length;
    const pageCount = raw.pagecount ?? Math.ceil(total / itemsPerPage);
    // An empty page ends the walk even if a stale pagecount promises more, so it can never loop forever.
    const hasMore = raw.items.length > 0 && pageOffset + 1 < pageCount;
    const next = hasMore ? { ...window, pageOffset: pageOffset + 1 } : null;
    yield { records, rejected, pageOffset, pageCount, total, cursor: { ...window, pageOffset }, next };
    if (!next) return;
  }
}

export function assertWindow(w: On24Window): void {
  if (!isOn24Day(w.startDate) || !isOn24Day(w.endDate) || w.startDate > w.endDate) {
    throw new On24Error({
      kind: "fatal",
      retryable: false,
      message: `Invalid ON24 date window ${w.startDate} – ${w.endDate}: expected YYYY-MM-DD days, start not after end.`,
    });
  }
}

export function pageSize(requested?: number): number {
  if (requested === undefined) return MAX_ITEMS_PER_PAGE;
  return Math.min(MAX_ITEMS_PER_PAGE, Math.max(1, Math.floor(requested)));
}
