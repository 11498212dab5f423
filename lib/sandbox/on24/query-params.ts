import { addDays, isOn24Day, pacificDay, pacificDayEnd, pacificDayStart } from "@/lib/on24/pacific-time";
import { HttpAnswer, on24Error } from "./http";

/** ON24 reads parameter names without regard to case (its prose says startDate, its document startdate). */
export type Params = { get(name: string): string | undefined; flag(name: string): boolean };

export function readParams(url: URL): Params {
  const map = new Map<string, string>();
  url.searchParams.forEach((value, key) => map.set(key.toLowerCase(), value));
  const get = (name: string) => {
    const v = map.get(name.toLowerCase());
    return v === undefined || v === "" ? undefined : v;
  };
  return { get, flag: (name) => get(name)?.toUpperCase() === "Y" };
}

/** A window of Pacific days as epoch ms [from, to); missing bounds default to the last `defaultDays`. */
export function dayWindow(
  params: Params,
  now: number,
  defaultDays: number,
  badFormat: string,
): { from: number; to: number; days: number } {
  const start = params.get("startdate");
  const end = params.get("enddate");
  for (const value of [start, end]) {
    if (value !== undefined && !isOn24Day(value)) throw new HttpAnswer(on24Error(400, badFormat));
  }
  const endDay = end ?? pacificDay(now);
  const startDay = start ?? addDays(endDay, -defaultDays);
  const from = pacificDayStart(startDay);
  const to = pacificDayEnd(endDay);
  if (from >= to) throw new HttpAnswer(on24Error(400, badFormat));
  return { from, to, days: Math.round((to - from) / 86_400_000) };
}

/** An optional window (event-level endpoints have no default). */
export function optionalWindow(params: Params, badFormat: string): { from: number; to: number } {
  const start = params.get("startdate");
  const end = params.get("enddate");
  for (const value of [start, end]) {
    if (value !== undefined && !isOn24Day(value)) throw new HttpAnswer(on24Error(400, badFormat));
  }
  return { from: start ? pacificDayStart(start) : -Infinity, to: end ? pacificDayEnd(end) : Infinity };
}

export function paging(params: Params, maxSize: number): { offset: number; size: number } {
  const offset = intParam(params.get("pageoffset"), 0);
  const size = intParam(params.get("itemsperpage"), 100);
  return { offset: Math.max(0, offset), size: Math.min(maxSize, Math.max(1, size)) };
}

function intParam(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  return Number.isInteger(n) ? n : fallback;
}

/** The page of a list with ON24's counters (currentpage is the zero-based page offset). */
export function pageOf<T>(
  total: number,
  offset: number,
  size: number,
  item: (i: number) => T,
): { pagecount: number; currentpage: number; items: T[] } {
  const first = offset * size;
  const items: T[] = [];
  for (let i = first; i < Math.min(total, first + size); i++) items.push(item(i));
  return { pagecount: Math.ceil(total / size), currentpage: offset, items };
}
