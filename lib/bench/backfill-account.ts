// An ON24 account whose last 31 days hold at least `target` attendees, for the backfill memory run:
// events of ≤ 5,000 registrants (the engine joins attendees to an event's registrant list in one call up
// to that size) spread over the window, with the simulator's own attendance shares.
import { createOn24Client } from "@/lib/on24/client";
import { addDays, pacificDay } from "@/lib/on24/pacific-time";
import { startOn24SandboxServer, type On24SandboxServer } from "@/lib/sandbox/on24/server";
import type { DayWindow } from "@/lib/sync/types";

/** Registrants per event; ON24 Connect fetches an event's whole list up to 5,000. */
const MAX_PER_EVENT = 5_000;
const FIRST_GUESS_PER_EVENT = 4_000;
/** About half of all registrants attend in the simulator; the first account tells the exact share. */
const FIRST_GUESS_SHARE = 0.5;
const BACKFILL_DAYS = 31;

export type BackfillAccount = { server: On24SandboxServer; window: DayWindow; attendees: number; events: number; perEvent: number };

export async function startBackfillAccount(target: number): Promise<BackfillAccount> {
  const now = Date.now();
  const window = { startDate: addDays(pacificDay(now), -(BACKFILL_DAYS - 1)), endDate: pacificDay(now) };
  const events = Math.max(6, Math.ceil(target / (FIRST_GUESS_SHARE * FIRST_GUESS_PER_EVENT)));
  let perEvent = Math.min(MAX_PER_EVENT, Math.ceil(target / (FIRST_GUESS_SHARE * events)));
  for (let attempt = 0; ; attempt++) {
    const server = await startOn24SandboxServer({ seed: 31, events, registrantsPerEvent: perEvent, pastDays: BACKFILL_DAYS - 1, futureDays: 0, now: () => now });
    const attendees = await countAttendees(server, window);
    if (attendees >= target || perEvent === MAX_PER_EVENT || attempt === 2) return { server, window, attendees, events, perEvent };
    await server.close();
    perEvent = Math.min(MAX_PER_EVENT, Math.ceil((perEvent * target * 1.01) / attendees));
  }
}

/** ON24's own total for the window (also builds the simulator's index, so the benchmark does not time it). */
async function countAttendees(server: On24SandboxServer, window: DayWindow): Promise<number> {
  const { clientId, tokenKey, tokenSecret } = server.state;
  const client = createOn24Client({ clientId, tokenKey, tokenSecret, baseUrl: server.url });
  const first = await client.attendeePages(window).next();
  return first.done ? 0 : first.value.total;
}
