/**
 * Marketo's daily quota resets at "12:00 AM CST", i.e. midnight in US Central time. Central switches
 * between UTC-6 and UTC-5, so the instant is computed from the America/Chicago zone with Intl rather
 * than with a fixed offset. DST changes happen at 02:00 local time, so local midnight always exists once.
 */

const ZONE = "America/Chicago";

const formatter = new Intl.DateTimeFormat("en-US", {
  timeZone: ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

type Wall = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallTime(instant: number): Wall {
  const parts = Object.fromEntries(formatter.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Offset of Chicago from UTC at `instant`, in ms (negative: -6 h or -5 h). */
function offsetAt(instant: number): number {
  const w = wallTime(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The calendar day in Chicago at `instant`, as YYYY-MM-DD (the sandbox keys its daily counter on it). */
export function chicagoDay(instant: number): string {
  const w = wallTime(instant);
  return `${w.year}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")}`;
}

/** The first midnight in America/Chicago strictly after `now`: when a 607 (daily quota) lifts. */
export function nextQuotaReset(now: number | Date = Date.now()): Date {
  const instant = typeof now === "number" ? now : now.getTime();
  const w = wallTime(instant);
  // Local midnight of the next day, first read as if it were UTC, then shifted by the zone offset.
  const localMidnightAsUtc = Date.UTC(w.year, w.month - 1, w.day + 1, 0, 0, 0);
  let guess = localMidnightAsUtc - offsetAt(localMidnightAsUtc);
  // The offset at the guess may differ from the one used (a DST change in between): one correction settles it.
  guess = localMidnightAsUtc - offsetAt(guess);
  return new Date(guess);
}
