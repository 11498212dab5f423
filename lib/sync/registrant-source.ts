// Attendee records carry no names, company, registration date or std1–10, so each is joined to its
// registrant (MAPPING-NOTES §2): first from the registrants this run has already read, then from the
// event's registrant list (one call per event per run), and for very large events the same list
// filtered by the attendee's email. ON24's client-level by-email answer is not used: it lacks the
// registration time, so joining one attendee through it on one run and through a list on the next
// would change the record's fingerprint and send it again for nothing.
//
// The registrants themselves (compact JSON of the fields the mapping reads) wait in a temporary file;
// memory holds only an index, so a backfill can join against every registration of its events without
// re-reading an event's list each time another event pushes it out.
import type { On24Client } from "@/lib/on24/client";
import type { On24Attendee, On24Event, On24Registrant } from "@/lib/on24/schemas";
import { canonicalId } from "@/lib/sync/mapping/ids";
import { emailKey } from "./items";
import { slimRegistrant } from "./slim-registrant";
import { openSpillFile, type SpillFile } from "./spill-file";

/** Registrants indexed for joins in one run (about 70 bytes of memory and 0.7 KB of file each). */
const MAX_REMEMBERED = 400_000;
/** The file is started afresh past this size (replaced entries leave dead bytes behind); /tmp is small on serverless hosts. */
const MAX_SPILL_BYTES = 384 * 2 ** 20;
/** ON24 documents no paging for an event's registrants; above this size one answer is too big to hold. */
export const EVENT_FETCH_MAX_REGISTRANTS = 20_000;
/** Marks an attendee ON24 has no registrant for (asked by email and not found). */
const NONE = -1;

export type RegistrantSource = {
  remember(registrants: readonly On24Registrant[]): void;
  /** The registrant of each attendee (null when ON24 has none), in the attendees' order. */
  resolve(attendees: readonly On24Attendee[], events: Map<string, On24Event | null>): Promise<(On24Registrant | null)[]>;
  /** Gives the temporary file back; called once the run is over. */
  close(): void;
};

type Client = Pick<On24Client, "eventRegistrants">;

/** One event's registrants held for joins. */
type EventEntry = {
  /** eventuserid → handle of the registrant in the file (NONE: ON24 has none). */
  byUser: Map<string, number>;
  /** lower-cased email → eventuserid, built from the file the first time an attendee needs it. */
  byEmail: Map<string, string> | null;
  /** The event's whole list was read, so an attendee missing from it has no registrant. */
  whole: boolean;
};

export type RegistrantSourceOptions = { maxRemembered?: number; maxSpillBytes?: number; spill?: SpillFile };

export function createRegistrantSource(on24: Client, options: RegistrantSourceOptions = {}): RegistrantSource {
  const maxRemembered = options.maxRemembered ?? MAX_REMEMBERED;
  const maxSpillBytes = options.maxSpillBytes ?? MAX_SPILL_BYTES;
  let spill: SpillFile | undefined = options.spill;
  // Least recently used first. Events are let go whole, so an event still held is still whole when it was.
  const events = new Map<string, EventEntry>();
  let held = 0;

  const entryOf = (event: string): EventEntry => {
    let entry = events.get(event);
    if (entry) events.delete(event);
    else entry = { byUser: new Map(), byEmail: null, whole: false };
    events.set(event, entry);
    return entry;
  };

  const rememberAll = (registrants: readonly On24Registrant[], eventId?: string) => {
    const keyed = registrants.flatMap((registrant) => {
      const event = canonicalId(registrant.eventid) ?? eventId;
      const user = canonicalId(registrant.eventuserid);
      return event && user ? [{ event, user, email: emailKey(registrant.email), text: JSON.stringify(slimRegistrant(registrant, event)) }] : [];
    });
    if (keyed.length === 0) return;
    spill ??= openSpillFile();
    if (spill.bytes > maxSpillBytes) forgetAll();
    const handles = spill.putMany(keyed.map((k) => k.text));
    keyed.forEach(({ event, user, email }, i) => {
      const entry = entryOf(event);
      if (!entry.byUser.has(user)) held += 1;
      entry.byUser.set(user, handles[i]);
      if (email) entry.byEmail?.set(email, user);
    });
  };

  const forgetAll = () => {
    events.clear();
    held = 0;
    spill?.clear();
  };

  const letGo = (keep: string) => {
    for (const [event, entry] of events) {
      if (held <= maxRemembered) return;
      if (event === keep) continue;
      events.delete(event);
      held -= entry.byUser.size;
    }
  };

  const read = (handle: number | undefined): On24Registrant | null | undefined => {
    if (handle === undefined) return undefined;
    return handle === NONE ? null : (JSON.parse(spill!.get(handle)) as On24Registrant);
  };

  const emailIndex = (entry: EventEntry): Map<string, string> => {
    if (!entry.byEmail) {
      entry.byEmail = new Map();
      for (const [user, handle] of entry.byUser) {
        const email = emailKey(read(handle)?.email);
        if (email) entry.byEmail.set(email, user);
      }
    }
    return entry.byEmail;
  };

  const find = (attendee: On24Attendee): On24Registrant | null | undefined => {
    const entry = events.get(canonicalId(attendee.eventid) ?? "");
    if (!entry) return undefined;
    const own = read(entry.byUser.get(canonicalId(attendee.eventuserid) ?? ""));
    if (own) return own;
    const email = emailKey(attendee.email);
    const viaEmail = email ? emailIndex(entry).get(email) : undefined;
    const other = viaEmail ? read(entry.byUser.get(viaEmail)) : undefined;
    if (other) return other;
    return own === null || entry.whole ? null : undefined;
  };

  return {
    remember(registrants) {
      rememberAll(registrants);
      letGo(canonicalId(registrants.at(-1)?.eventid) ?? "");
    },

    async resolve(attendees, eventRecords) {
      // Answers are taken as soon as they are known: reading a later event's list may let go of this one.
      const found = attendees.map(find);
      const missesByEvent = new Map<string, number[]>();
      attendees.forEach((attendee, i) => {
        const event = canonicalId(attendee.eventid);
        if (!event) return;
        if (found[i] === undefined) missesByEvent.set(event, (missesByEvent.get(event) ?? []).concat(i));
        else entryOf(event); // used now: let go of it last
      });
      for (const [eventId, misses] of missesByEvent) {
        const size = eventRecords.get(eventId)?.eventanalytics?.totalregistrants;
        if (size === undefined || size <= EVENT_FETCH_MAX_REGISTRANTS) {
          rememberAll((await on24.eventRegistrants(eventId)).records, eventId);
          entryOf(eventId).whole = true;
        } else {
          for (const i of misses) {
            const email = attendees[i].email?.trim();
            const answer = email ? (await on24.eventRegistrants(eventId, { email })).records : [];
            // Found by (event, email): the join's documented fallback, so it counts even if the eventuserid differs.
            rememberAll(answer, eventId);
            if (answer.length === 0) rememberNone(eventId, canonicalId(attendees[i].eventuserid) ?? "");
          }
        }
        for (const i of misses) found[i] = find(attendees[i]);
        letGo(eventId);
      }
      return found.map((registrant) => registrant ?? null);
    },

    close() {
      forgetAll();
      spill?.close();
      spill = undefined;
    },
  };

  /** ON24 has no registrant for this attendee: remembered, so it is not asked for again this run. */
  function rememberNone(event: string, user: string) {
    const entry = entryOf(event);
    if (!entry.byUser.has(user)) held += 1;
    entry.byUser.set(user, NONE);
  }
}
