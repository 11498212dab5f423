/**
 * ON24 speaks Pacific time: response timestamps carry Pacific offsets ("2017-09-26T13:38:36-07:00") and
 * the day-granular `startdate`/`enddate` filters (format: date) name Pacific days (the rolling-interval
 * timezone defaults to America/Los_Angeles). These helpers convert between instants and those forms.
 */

const PACIFIC_TIME_ZONE = "America/Los_Angeles";
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

const pacificFormatter = new Intl.DateTimeFormat("en-US", {
  timeZone: PACIFIC_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

type Parts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * Offsets change only on whole UTC hours (02:00 Pacific is 09:00 or 10:00 UTC), so one Intl lookup per
 * UTC hour is exact; the simulator formats millions of timestamps and Intl is slow.
 */
const offsetByHour = new Map<number, number>();
const OFFSET_CACHE_LIMIT = 50_000;

/** Minutes east of UTC in Pacific time at this instant: -420 (PDT) or -480 (PST). */
export function pacificOffsetMinutes(ms: number): number {
  const hour = Math.floor(ms / 3_600_000);
  const cached = offsetByHour.get(hour);
  if (cached !== undefined) return cached;
  const at = hour * 3_600_000;
  const p = pacificParts(at);
  const offset = Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - at) / MS_PER_MINUTE);
  if (offsetByHour.size >= OFFSET_CACHE_LIMIT) offsetByHour.clear();
  offsetByHour.set(hour, offset);
  return offset;
}

function pacificParts(ms: number): Parts {
  const parts: Record<string, number> = {};
  for (const p of pacificFormatter.formatToParts(new Date(ms))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return parts as Parts;
}

/** Pacific wall-clock parts, from the cached offset. */
function wallClock(ms: number): Parts {
  const d = new Date(Math.floor(ms / 1000) * 1000 + pacificOffsetMinutes(ms) * MS_PER_MINUTE);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** The instant as ON24 writes it: Pacific wall time with its numeric offset, whole seconds. */
export function formatPacific(ms: number): string {
  const p = wallClock(ms);
  const offset = pacificOffsetMinutes(ms);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return (
    `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The Pacific calendar day (YYYY-MM-DD) containing the instant: the form ON24's date filters take. */
export function pacificDay(ms: number): string {
  const p = wallClock(ms);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

export function isOn24Day(value: string): boolean {
  const m = DAY_PATTERN.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Epoch ms of 00:00 Pacific on that day. */
export function pacificDayStart(day: string): number {
  const m = DAY_PATTERN.exec(day);
  if (!m || !isOn24Day(day)) throw new RangeError(`Not a YYYY-MM-DD day: ${day}`);
  const utcMidnight = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // UTC midnight is the previous Pacific evening; DST switches at 02:00, so that evening's offset
  // is the one in force at the Pacific midnight we want.
  return utcMidnight - pacificOffsetMinutes(utcMidnight) * MS_PER_MINUTE;
}

/** Epoch ms just past the end of that Pacific day (exclusive bound; 23 or 25 hours on DST days). */
export function pacificDayEnd(day: string): number {
  return pacificDayStart(addDays(day, 1));
}

export function addDays(day: string, days: number): string {
  const m = DAY_PATTERN.exec(day);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD day: ${day}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + days * MS_PER_DAY);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  const a = DAY_PATTERN.exec(from);
  const b = DAY_PATTERN.exec(to);
  if (!a || !b) throw new RangeError(`Not YYYY-MM-DD days: ${from}, ${to}`);
  const ua = Date.UTC(Number(a[1]), Number(a[2]) - 1, Number(a[3]));
  const ub = Date.UTC(Number(b[1]), Number(b[2]) - 1, Number(b[3]));
  return Math.round((ub - ua) / MS_PER_DAY);
}
