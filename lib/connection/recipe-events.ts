import type { Db } from "@/db";
import { ON24_PRODUCTS } from "@/lib/on24/content-types";
import { On24Error } from "@/lib/on24/errors";
import { addDays, pacificDay } from "@/lib/on24/pacific-time";
import { buildOn24Client, loadConnection, type ClientHooks } from "./load";

/**
 * The workspace's ON24 events for the setup guide's smart-campaign recipes: recent and upcoming ones of
 * the content types the sync handles, newest first.
 */

/** Campaigns are built ahead of a webinar and kept for its on-demand life: a quarter back and forward. */
const WINDOW_DAYS_BACK = 90;
const WINDOW_DAYS_AHEAD = 90;
export const MAX_RECIPE_EVENTS = 12;
const VIRTUAL_CONFERENCE = "virtualenvironment";

export type RecipeEvent = { eventId: string; title: string; product: string; start: string | null };
export type RecipeEvents =
  | { status: "not-connected" }
  | { status: "error"; message: string }
  | { status: "ok"; events: RecipeEvent[]; more: number };

export async function listRecipeEvents(db: Db, workspaceId: string, hooks: ClientHooks = {}, now = Date.now()): Promise<RecipeEvents> {
  const conn = await loadConnection(db, workspaceId);
  const on24 = conn?.on24;
  if (!conn || !on24?.clientId || !on24.tokenKey || !on24.tokenSecret) return { status: "not-connected" };
  const today = pacificDay(now);
  try {
    const client = buildOn24Client(
      { clientId: on24.clientId, region: on24.region, tokenKey: on24.tokenKey, tokenSecret: on24.tokenSecret, baseUrlOverride: on24.baseUrlOverride },
      hooks,
    );
    const events = await client.listEvents({ startDate: addDays(today, -WINDOW_DAYS_BACK), endDate: addDays(today, WINDOW_DAYS_AHEAD), contentType: "all" });
    const synced = events.filter((e) => {
      const type = e.contenttype ?? "";
      return type in ON24_PRODUCTS && (type !== VIRTUAL_CONFERENCE || conn.virtualConferenceEnabled);
    });
    const sorted = synced
      .map((e) => ({
        eventId: String(e.eventid),
        title: e.description || e.eventname || `Event ${e.eventid}`,
        product: ON24_PRODUCTS[e.contenttype ?? ""] ?? "Event",
        start: e.livestart ?? e.goodafter ?? null,
      }))
      .sort((a, b) => (b.start ?? "").localeCompare(a.start ?? ""));
    return { status: "ok", events: sorted.slice(0, MAX_RECIPE_EVENTS), more: Math.max(0, sorted.length - MAX_RECIPE_EVENTS) };
  } catch (error) {
    if (error instanceof On24Error) return { status: "error", message: error.message };
    throw error;
  }
}
