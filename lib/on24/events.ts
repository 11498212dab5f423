import type { On24ContentTypeFilter, On24EventDateFilterMode } from "./content-types";
import { addDays } from "./pacific-time";
import { assertWindow, pageSize } from "./pages";
import { parseRecords } from "./records";
import { on24Get, type On24Transport } from "./request";
import { eventListSchema, eventSchema, type On24Event } from "./schemas";
import { On24Error } from "./errors";

/**
 * The client's event list. ON24 caps one request at a 6-month date range, so longer windows are read in
 * 180-day slices; paging is documented only with includesubaccounts=Y, so the walk also stops on a short
 * or empty page and on `totalevents`.
 */

/** Safely inside ON24's "up to 6 months" for any six calendar months. */
const MAX_EVENT_WINDOW_DAYS = 180;

export type On24EventFilter = {
  /** Pacific days, both inclusive. Without them ON24 returns the last 90 days. */
  startDate?: string;
  endDate?: string;
  dateFilterMode?: On24EventDateFilterMode;
  contentType?: On24ContentTypeFilter;
  includeInactive?: boolean;
  itemsPerPage?: number;
};

export async function listEvents(t: On24Transport, base: string, filter: On24EventFilter): Promise<On24Event[]> {
  const byId = new Map<string, On24Event>();
  for (const slice of slices(filter)) {
    for await (const event of eventsInSlice(t, base, { ...filter, ...slice })) byId.set(event.eventid, event);
  }
  return [...byId.values()];
}

async function* eventsInSlice(t: On24Transport, base: string, filter: On24EventFilter): AsyncGenerator<On24Event> {
  const itemsperpage = pageSize(filter.itemsPerPage);
  let seen = 0;
  for (let pageoffset = 0; ; pageoffset++) {
    const query = {
      startdate: filter.startDate,
      enddate: filter.endDate,
      datefiltermode: filter.dateFilterMode,
      contenttype: filter.contentType,
      includeinactive: filter.includeInactive === undefined ? undefined : filter.includeInactive ? "Y" : "N",
      pageoffset,
      itemsperpage,
    };
    const op = { operationId: "AnalyticsClientLevel.Events", path: `${base}/event`, query };
    const parsed = eventListSchema.safeParse(await on24Get(t, op));
    if (!parsed.success) {
      throw new On24Error({
        kind: "fatal",
        retryable: false,
        operationId: op.operationId,
        message: "ON24 sent an event list in a form this integration does not recognise.",
      });
    }
    const { records } = parseRecords(eventSchema, parsed.data.events);
    yield* records;
    seen += parsed.data.events.length;
    const { pagecount, totalevents } = parsed.data;
    const done =
      parsed.data.events.length < itemsperpage ||
      (pagecount !== undefined && pageoffset + 1 >= pagecount) ||
      (totalevents !== undefined && seen >= totalevents);
    if (done) return;
  }
}

function slices(filter: On24EventFilter): { startDate?: string; endDate?: string }[] {
  const { startDate, endDate } = filter;
  if (!startDate || !endDate) return [{ startDate, endDate }];
  assertWindow({ startDate, endDate });
  const result = [];
  for (let from = startDate; from <= endDate; from = addDays(from, MAX_EVENT_WINDOW_DAYS)) {
    const to = addDays(from, MAX_EVENT_WINDOW_DAYS - 1);
    result.push({ startDate: from, endDate: to > endDate ? endDate : to });
  }
  return result;
}
