import { DEFAULT_OUTCOME_SORT, OUTCOME_SORT_IDS } from "@/db/queries/record-outcomes";
import { OUTCOMES } from "@/db/schema";
import { firstParam, parseList, parsePageState, parseQuery, parseSort, type SearchParamsRecord } from "@/lib/search/table-params";

/** Codes are Marketo numbers or our lower_snake names; anything else in a URL is dropped. */
const CODE = /^[A-Za-z0-9_]{1,60}$/;
/** More codes than any process has; bounds the SQL IN list. */
const MAX_CODES = 30;

/** The record-outcome table's state, read from a process page's URL. */
export function parseProcessParams(params: SearchParamsRecord) {
  const rawCodes = (firstParam(params.code) ?? "").split(",").map((c) => c.trim());
  return {
    ...parsePageState(params),
    sort: parseSort(params.sort, OUTCOME_SORT_IDS, DEFAULT_OUTCOME_SORT),
    outcomes: parseList(params.outcome, OUTCOMES),
    codes: [...new Set(rawCodes.filter((c) => CODE.test(c)))].slice(0, MAX_CODES),
    q: parseQuery(params.q),
  };
}
