import { DEFAULT_PROCESS_SORT, PROCESS_SORT_IDS } from "@/db/queries/processes";
import { PROCESS_KINDS, PROCESS_STATUSES } from "@/db/schema";
import {
  endOfDayExclusive,
  parseDay,
  parseList,
  parsePageState,
  parseQuery,
  parseSort,
  startOfDay,
  type SearchParamsRecord,
} from "@/lib/search/table-params";

/** The "find a person" table's URL keys start with this (ppage, psize). */
export const PERSON_PREFIX = "p";
/** The URL keys of the runs table's filters, for the Reset button. */
export const RUN_FILTER_KEYS = ["q", "status", "kind", "from", "to", "page"] as const;

/** Everything the Activity page shows, read from its URL (so a reload or a shared link shows the same). */
export function parseActivityParams(params: SearchParamsRecord) {
  const fromDay = parseDay(params.from);
  const toDay = parseDay(params.to);
  const runs = {
    ...parsePageState(params),
    sort: parseSort(params.sort, PROCESS_SORT_IDS, DEFAULT_PROCESS_SORT),
    q: parseQuery(params.q),
    statuses: parseList(params.status, PROCESS_STATUSES),
    kinds: parseList(params.kind, PROCESS_KINDS),
    from: fromDay ? startOfDay(fromDay) : undefined,
    to: toDay ? endOfDayExclusive(toDay) : undefined,
  };
  const person = { q: parseQuery(params.person), ...parsePageState(params, undefined, PERSON_PREFIX) };
  const filtered = Boolean(runs.q || runs.statuses.length || runs.kinds.length || runs.from || runs.to);
  return { runs, person, filtered };
}
