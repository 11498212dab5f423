// Attendee records carry no names, company, registration date or std1–10, so each is joined to its
// registrant (MAPPING-NOTES §2): first from the registrants this run has already read, then from the
// event's registrant list (one call per event per run), and for very large events the same list
// filtered by the attendee's email. ON24's client-level by-email answer is not used: it lacks the
// registration time, so joining one attendee through it on one run and through a list on the next
// would change the record's fingerprint and send it again for nothing.
import type { On24Client } from "@/lib/on24/client";
import type { On24Attendee, On24Event, On24Registrant } from "@/lib/on24/schemas";
import { canonicalId } from "@/lib/sync/mapping/ids";
import { emailKey } from "./items";
import { slimRegistrant } from "./slim-registrant";

/** Registrants kept for joins in one run (about 0.7 KB each as compact JSON): bounds a 100,000-record backfill. */
const MAX_REMEMBERED = 100_000;
/** ON24 documents no paging for an event's registrants; above this size one answer is too big to hold. */
const EVENT_FETCH_MAX_REGISTRANTS = 20_000;

export type RegistrantSource = {
  remember(registrants: readonly On24Registrant[]): void;
  /** The registrant of each attendee (null when ON24 has none), in the attendees' order. */
  resolve(attendees: readonly On24Attendee[], events: Map<string, On24Event | null>): Promise<(On24Registrant | null)[]>;
};

type Client = Pick<On24Client, "eventRegistrants">;

export function createRegistrantSource(on24: Client): RegistrantSource {
  // "event|eventuserid" → the registrant as compact JSON (null: ON24 has none); insertion-ordered, so the
  // oldest entries go first once the cap is reached.
  const byUser = new Map<string, string | null>();
  // "event|email" → its "event|eventuserid" key.
  const byEmail = new Map<string, string>();
  const wholeEvents = new Set<string>();

  const remember = (registrant: On24Registrant, eventId?: string) => {
    const event = canonicalId(registrant.eventid) ?? eventId;
    const user = canonicalId(registrant.eventuserid);
    if (!event || !user) return;
    const key = `${event}|${user}`;
    byUser.delete(key);
    byUser.set(key, JSON.stringify(slimRegistrant(registrant, event)));
    const email = emailKey(registrant.email);
    if (email) byEmail.set(`${event}|${email}`, key);
    if (byUser.size <= MAX_REMEMBERED) return;
    while (byUser.size > MAX_REMEMBERED) byUser.delete(byUser.keys().next().value!);
    while (byEmail.size > MAX_REMEMBERED) byEmail.delete(byEmail.keys().next().value!);
    // Some event's list may have lost entries: fetch it again rather than wrongly answer "no registrant".
    wholeEvents.clear();
  };

  const find = (attendee: On24Attendee): On24Registrant | null | undefined => {
    const event = canonicalId(attendee.eventid);
    const own = `${event}|${canonicalId(attendee.eventuserid)}`;
    const email = emailKey(attendee.email);
    const viaEmail = email ? byEmail.get(`${event}|${email}`) : undefined;
    const hit = byUser.get(own) ?? (viaEmail ? byUser.get(viaEmail) : undefined);
    if (hit) return JSON.parse(hit) as On24Registrant;
    if (byUser.has(own) || (event && wholeEvents.has(event))) return null;
    return undefined;
  };

  return {
    remember: (registrants) => registrants.forEach((r) => remember(r)),

    async resolve(attendees, events) {
      const missesByEvent = new Map<string, On24Attendee[]>();
      for (const attendee of attendees) {
        const event = canonicalId(attendee.eventid);
        if (!event || find(attendee) !== undefined) continue;
        const list = missesByEvent.get(event) ?? [];
        list.push(attendee);
        missesByEvent.set(event, list);
      }
      for (const [eventId, misses] of missesByEvent) {
        const size = events.get(eventId)?.eventanalytics?.totalregistrants;
        if (size === undefined || size <= EVENT_FETCH_MAX_REGISTRANTS) {
          const all = await on24.eventRegistrants(eventId);
          all.records.forEach((r) => remember(r, eventId));
          wholeEvents.add(eventId);
          continue;
        }
        for (const attendee of misses) {
          const email = attendee.email?.trim();
          const found = email ? (await on24.eventRegistrants(eventId, { email })).records : [];
          // Found by (event, email): the join's documented fallback, so it counts even if the eventuserid differs.
          found.forEach((r) => remember(r, eventId));
          if (found.length === 0) byUser.set(`${eventId}|${canonicalId(attendee.eventuserid)}`, null);
        }
      }
      return attendees.map((attendee) => find(attendee) ?? null);
    },
  };
}
