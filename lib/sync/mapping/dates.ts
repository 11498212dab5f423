// C4: ON24 datetimes → Marketo's UTC form YYYY-MM-DDThh:mm:ss+00:00.
// The instant is kept exactly as the offset states (odd offsets such as -08:00 in May are not "repaired");
// values without an offset are Pacific wall-clock time, as ON24 documents.
import { losAngelesWallTimeToUtc } from "./la-time";
import { isValidWallTime, utcMillis, type WallTime } from "./wall-time";

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** The seed's legacy form, e.g. "Mon, 30 Mar 2009 12:27 PDT". */
const LEGACY = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s+([a-z]{1,4}|[+-]\d{4}))?$/i;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** US zone abbreviations (minutes east of UTC); ON24 writes Pacific, the others cost nothing to accept. */
const ZONES: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0, pdt: -420, pst: -480, mdt: -360, mst: -420, cdt: -300, cst: -360, edt: -240, est: -300,
};
const MAX_OFFSET_MINUTES = 18 * 60;

/** Epoch milliseconds, or null when the value is not a datetime we can read. */
export function parseOn24DateTime(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const wall = { year: +iso[1], month: +iso[2], day: +iso[3], hour: +iso[4], minute: +iso[5], second: +(iso[6] ?? 0) };
    return toEpoch(wall, iso[7] === undefined ? null : isoOffsetMinutes(iso[7]));
  }
  const legacy = LEGACY.exec(text);
  if (legacy) {
    const month = MONTHS.indexOf(legacy[2].toLowerCase()) + 1;
    if (month === 0) return null;
    const wall = { year: +legacy[3], month, day: +legacy[1], hour: +legacy[4], minute: +legacy[5], second: +(legacy[6] ?? 0) };
    return toEpoch(wall, legacy[7] === undefined ? null : legacyOffsetMinutes(legacy[7]));
  }
  return null;
}

/** The Marketo form of a parseable ON24 datetime, or null. */
export function toMarketoDateTime(value: unknown): string | null {
  const epoch = parseOn24DateTime(value);
  if (epoch === null) return null;
  const date = new Date(epoch);
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    `${String(year).padStart(4, "0")}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}+00:00`
  );
}

function toEpoch(wall: WallTime, offsetMinutes: number | null | undefined): number | null {
  if (offsetMinutes === undefined || !isValidWallTime(wall)) return null;
  if (offsetMinutes === null) return losAngelesWallTimeToUtc(wall);
  return utcMillis(wall) - offsetMinutes * 60_000;
}

/** undefined = malformed offset. */
function isoOffsetMinutes(text: string): number | undefined {
  if (text.toUpperCase() === "Z") return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  if (Number(match[3] ?? 0) > 59 || minutes > MAX_OFFSET_MINUTES) return undefined;
  return match[1] === "-" ? -minutes : minutes;
}

function legacyOffsetMinutes(text: string): number | undefined {
  if (/^[+-]\d{4}$/.test(text)) return isoOffsetMinutes(text);
  return ZONES[text.toLowerCase()];
}
