/**
 * Table state as it travels in the URL (STYLE.md §12): page, size, sort, q and filters. Pure parsing,
 * shared by server pages (which query with it) and client tables (which write it back), so a reload
 * or a shared link reproduces the same view. Anything malformed falls back to the default rather
 * than failing the page: a mistyped link should still show something sensible.
 */

export type SearchParamsRecord = Record<string, string | string[] | undefined>;
export type SortState = { id: string; desc: boolean };

/** Page sizes offered in the size picker; other values in a URL are ignored. */
export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
/** Deep pages cost an OFFSET scan; nobody pages this far by hand. */
const MAX_PAGE = 10_000;
/** Longer searches are not names, emails or ids; cutting them keeps the SQL parameters small. */
export const MAX_QUERY_LENGTH = 200;

export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export type PageState = { page: number; pageSize: number; limit: number; offset: number };

/** The URL keys of one table; a prefix lets two tables share a page ("r" → rpage, rsize, rsort). */
export function tableKeys(prefix = "") {
  return { page: `${prefix}page`, size: `${prefix}size`, sort: `${prefix}sort` } as const;
}

export function parsePageState(params: SearchParamsRecord, defaultSize: number = DEFAULT_PAGE_SIZE, prefix = ""): PageState {
  const keys = tableKeys(prefix);
  const page = Number(firstParam(params[keys.page]));
  const size = Number(firstParam(params[keys.size]));
  const pageSize = (PAGE_SIZES as readonly number[]).includes(size) ? size : defaultSize;
  const safePage = Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1;
  return { page: safePage, pageSize, limit: pageSize, offset: (safePage - 1) * pageSize };
}

/** `sort=createdAt.desc`; only whitelisted column ids are accepted. */
export function parseSort(value: string | string[] | undefined, allowed: readonly string[], fallback: SortState): SortState {
  const raw = firstParam(value);
  if (!raw) return fallback;
  const [id, direction] = raw.split(".");
  if (!allowed.includes(id) || (direction !== "asc" && direction !== "desc")) return fallback;
  return { id, desc: direction === "desc" };
}

export function formatSort(sort: SortState): string {
  return `${sort.id}.${sort.desc ? "desc" : "asc"}`;
}

/** `status=failed,paused`: known values only, each once, in the order of `allowed`. */
export function parseList<T extends string>(value: string | string[] | undefined, allowed: readonly T[]): T[] {
  const raw = Array.isArray(value) ? value.join(",") : (value ?? "");
  const wanted = new Set(raw.split(",").map((v) => v.trim()));
  return allowed.filter((v) => wanted.has(v));
}

export function parseQuery(value: string | string[] | undefined): string {
  return (firstParam(value) ?? "").trim().slice(0, MAX_QUERY_LENGTH);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day `YYYY-MM-DD` that exists, or undefined. */
export function parseDay(value: string | string[] | undefined): string | undefined {
  const raw = firstParam(value);
  const match = raw ? DAY.exec(raw) : null;
  if (!match) return undefined;
  const date = new Date(`${raw}T00:00:00Z`);
  return date.toISOString().slice(0, 10) === raw ? raw : undefined;
}

/** The first instant of a day, in UTC (the portal states its dates in UTC). */
export function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The first instant after a day, so a range `from..to` includes the whole of `to`. */
export function endOfDayExclusive(day: string): Date {
  const date = startOfDay(day);
  date.setUTCDate(date.getUTCDate() + 1);
  return date;
}
