import { DEFAULT_PROCESS_SORT, PROCESS_SORT_IDS } from "@/db/queries/processes";
import { SUPPORT_FIELDS, type SupportField } from "@/db/queries/support";
import { OUTCOMES, PROCESS_KINDS, PROCESS_STATUSES } from "@/db/schema";
import { firstParam, parseList, parsePageState, parseQuery, parseSort, type SearchParamsRecord } from "@/lib/search/table-params";

/** The records table's URL keys start with this (rpage, rsize). */
export const RECORDS_PREFIX = "r";
export const SUPPORT_FILTER_KEYS = ["q", "field", "status", "kind", "outcome", "page", "rpage"] as const;

export function parseSupportParams(params: SearchParamsRecord) {
  const rawField = firstParam(params.field);
  const field: SupportField = (SUPPORT_FIELDS as readonly string[]).includes(rawField ?? "") ? (rawField as SupportField) : "all";
  const q = parseQuery(params.q);
  return {
    q,
    field,
    runs: {
      ...parsePageState(params),
      sort: parseSort(params.sort, PROCESS_SORT_IDS, DEFAULT_PROCESS_SORT),
      statuses: parseList(params.status, PROCESS_STATUSES),
      kinds: parseList(params.kind, PROCESS_KINDS),
    },
    records: { ...parsePageState(params, undefined, RECORDS_PREFIX), outcomes: parseList(params.outcome, OUTCOMES) },
  };
}
