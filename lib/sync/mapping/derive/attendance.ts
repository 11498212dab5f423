// Computed attendee fields: the attended flags (judgement call 1) and totalresourcesviewed (call 3).
import type { Deriver, SourceContext } from "../raw-value";
import { isBlank, numberOrZero, objectsOf, textOf } from "../values";

/** Y/N from minutes or views; absent or non-numeric counts as 0. Only attendee-based upserts send them. */
function attendedFlag(minutesKey: string, viewedKey: string): Deriver {
  return (ctx: SourceContext) => {
    if (!ctx.attendee) return undefined;
    return numberOrZero(ctx.attendee[minutesKey]) > 0 || numberOrZero(ctx.attendee[viewedKey]) > 0 ? "Y" : "N";
  };
}

/** ON24 has no totalresourcesviewed key: resourcesdownloaded, else the distinct resources[] ids. */
const totalResourcesViewed: Deriver = (ctx) => {
  const downloaded = ctx.attendee?.resourcesdownloaded;
  if (!isBlank(downloaded)) return downloaded;
  if (!Array.isArray(ctx.attendee?.resources)) return undefined;
  const ids = objectsOf(ctx.attendee.resources).map((r) => textOf(r.resourceid)).filter((id) => id !== undefined);
  return new Set(ids).size;
};

export const ATTENDANCE_DERIVERS: Record<string, Deriver> = {
  attendedlive: attendedFlag("liveminutes", "liveviewed"),
  attendedarchive: attendedFlag("archiveminutes", "archiveviewed"),
  totalresourcesviewed: totalResourcesViewed,
};
