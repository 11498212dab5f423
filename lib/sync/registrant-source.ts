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

/** One event's registrants held for joins. */
type EventEntry = {
  /** eventuserid → the registrant as compact JSON (null: ON24 has none). */
  byUser: Map<string, string | null>;
  /** lower-cased email → its eventuserid. */
  byEmail: Map<string, string>;
  /** The event's whole list was read, so an attendee missing from it has no registrant. */
  whole: boolean;
};

export function createRegistrantSource(on24: Client, options: { maxRemembered?: number } = {}): RegistrantSource {
  const maxRemembered = options.maxRemembered ?? MAX_REMEMBERED;
  // Least recently used first. Events are let go whole, so an event still held is still whole when it was.
  const events = new Map<string, EventEntry>();
  let held = 0;

  const entryOf = (event: string): EventEntry => {
    let entry = events.get(event);
    if (entry) events.delete(event);
    else entry = { byUser: new Map(), byEmail: new Map(), whole: false };
    events.set(event, entry);
    return entry;
  };

  const remember = (registrant: On24Registrant, eventId?: string) => {
    const event = canonicalId(registrant.eventid) ?? eventId;
    const user = canonicalId(registrant.eventuserid);
    if (!event || !user) return;
    const entry = entryOf(event);
    if (!entry.byUser.has(user)) held += 1;
    entry.byUser.set(user, JSON.stringify(slimRegistrant(registrant, event)));
    const email = emailKey(registrant.email);
    if (email) entry.byEmail.set(email, user);
  };

  /** ON24 has no registrant for this attendee: remembered, so it is not asked for again this run. */
  const rememberNone = (event: string, user: string) => {
    const entry = entryOf(event);
    if (!entry.byUser.has(user)) held += 1;
    entry.byUser.set(user, null);
  };

  const letGo = (keep: string) => {
    for (const [event, entry] of events) {
      if (held <= maxRemembered) return;
      if (event === keep) continue;
      events.delete(event);
      held -= entry.byUser.size;
    }
  };

  const find = (attendee: On24Attendee): On24Registrant | null | undefined => {
    const entry = events.get(canonicalId(attendee.eventid) ?? "");
    if (!entry) return undefined;
    const own = canonicalId(attendee.eventuserid) ?? "";
    const email = emailKey(attendee.email);
    const viaEmail = email ? entry.byEmail.get(email) : undefined;
    const hit = entry.byUser.get(own) ?? (viaEmail ? entry.byUser.get(viaEmail) : undefined);
    if (hit) return JSON.parse(hit) as On24Registrant;
    return entry.byUser.has(own) || entry.whole ? null : undefined;
  };

  return {
    remember(registrants) {
      registrants.forEach((r) => remember(r));
      const last = registrants.at(-1);
      letGo(canonicalId(last?.eventid) ?? "");
    },

    async resolve(attendees, eventRecords) {
      // Answers are taken as soon as they are known: reading a later event's list may let go of this one.
      const found = attendees.map(find);
      const missesByEvent = new Map<string, number[]>();
      attendees.forEach((attendee, i) => {
        const event = canonicalId(attendee.eventid);
        if (!event) return;
        if (found[i] === undefined) missesByEvent.set(event, [...(missesByEvent.get(event) ?? []), i]);
        else entryOf(event); // used now: let go of it last
      });
      for (const [eventId, misses] of missesByEvent) {
        const size = eventRecords.get(eventId)?.eventanalytics?.totalregistrants;
        if (size === undefined || size <= EVENT_FETCH_MAX_REGISTRANTS) {
          const all = await on24.eventRegistrants(eventId);
          all.records.forEach((r) => remember(r, eventId));
          entryOf(eventId).whole = true;
        } else {
          for (const i of misses) {
            const email = attendees[i].email?.trim();
            const answer = email ? (await on24.eventRegistrants(eventId, { email })).records : [];
            // Found by (event, email): the join's documented fallback, so it counts even if the eventuserid differs.
            answer.forEach((r) => remember(r, eventId));
            if (answer.length === 0) rememberNone(eventId, canonicalId(attendees[i].eventuserid) ?? "");
          }
        }
        for (const i of misses) found[i] = find(attendees[i]);
        letGo(eventId);
      }
      return found.map((registrant) => registrant ?? null);
    },
  };
}
