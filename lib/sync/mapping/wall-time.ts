// A calendar date and clock time with no zone attached, as ON24 sometimes sends it.

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall time read as UTC. Date.UTC maps years 0–99 to 1900–1999, so the year is set separately. */
export function utcMillis(wall: WallTime): number {
  const date = new Date(Date.UTC(2000, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second));
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  return date.getTime();
}

export function isValidWallTime(w: WallTime): boolean {
  if (w.month < 1 || w.month > 12 || w.day < 1 || w.hour > 23 || w.minute > 59 || w.second > 59) return false;
  const lastDay = new Date(utcMillis({ ...w, day: 1 }));
  lastDay.setUTCMonth(lastDay.getUTCMonth() + 1, 0);
  return w.day <= lastDay.getUTCDate();
}
