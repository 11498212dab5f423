// America/Los_Angeles wall-clock time → UTC, using the runtime's time-zone database (Node ships full ICU),
// so historic DST rules (before 2007 the US switched in April/October) come out right.
import { utcMillis, type WallTime } from "./wall-time";

const PACIFIC = new Intl.DateTimeFormat("en-US", {
  timeZone: "America/Los_Angeles",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Minutes east of UTC that Los Angeles observed at this instant (-420 in summer, -480 in winter). */
function offsetAt(epoch: number): number {
  const parts = Object.fromEntries(PACIFIC.formatToParts(new Date(epoch)).map((p) => [p.type, p.value]));
  const wallAsUtc = utcMillis({
    year: +parts.year, month: +parts.month, day: +parts.day, hour: +parts.hour, minute: +parts.minute, second: +parts.second,
  });
  return Math.round((wallAsUtc - Math.floor(epoch / 1000) * 1000) / 60_000);
}

/**
 * Two passes settle the offset. A wall time in the autumn overlap (it happens twice) or the spring gap
 * (it never happens) resolves to the earlier of the two candidate instants, so the result is stable.
 */
export function losAngelesWallTimeToUtc(wall: WallTime): number {
  const asUtc = utcMillis(wall);
  const first = asUtc - offsetAt(asUtc) * 60_000;
  const second = asUtc - offsetAt(first) * 60_000;
  return offsetAt(second) === offsetAt(first) ? second : Math.min(first, second);
}
