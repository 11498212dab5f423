// Attendee records carry no names, company, registration date or std1–10, so each is joined to its
// registrant: by (eventid, eventuserid), else by (eventid, lower(email)) (MAPPING-NOTES §2).
import { canonicalId } from "./ids";
import type { On24Record } from "./types";
import { textOf } from "./values";

export interface RegistrantIndex {
  /** The attendee's registrant, if one was pulled. `eventId` covers event-level records without eventid. */
  find(attendee: On24Record, eventId?: unknown): On24Record | undefined;
}

function emailKey(record: On24Record): string | undefined {
  return textOf(record.email)?.toLowerCase();
}

function eventOf(record: On24Record, fallback: unknown): string | undefined {
  return canonicalId(record.eventid) ?? canonicalId(fallback);
}

/** `eventId` is the eventid of an event-level registrant response, whose records may lack it. */
export function indexRegistrants(registrants: Iterable<On24Record>, eventId?: unknown): RegistrantIndex {
  const byUser = new Map<string, On24Record>();
  const byEmail = new Map<string, On24Record>();
  for (const registrant of registrants) {
    const event = eventOf(registrant, eventId);
    if (event === undefined) continue;
    const user = canonicalId(registrant.eventuserid);
    const email = emailKey(registrant);
    // First one wins: a page never holds two rows for one registration, and the choice stays stable.
    if (user !== undefined && !byUser.has(`${event}|${user}`)) byUser.set(`${event}|${user}`, registrant);
    if (email !== undefined && !byEmail.has(`${event}|${email}`)) byEmail.set(`${event}|${email}`, registrant);
  }
  return {
    find(attendee, attendeeEventId) {
      const event = eventOf(attendee, attendeeEventId);
      if (event === undefined) return undefined;
      const user = canonicalId(attendee.eventuserid);
      const email = emailKey(attendee);
      return (
        (user !== undefined ? byUser.get(`${event}|${user}`) : undefined) ??
        (email !== undefined ? byEmail.get(`${event}|${email}`) : undefined)
      );
    },
  };
}

/** One-off join; for a page of attendees build the index once with indexRegistrants. */
export function joinAttendeeToRegistrant(
  attendee: On24Record,
  registrants: Iterable<On24Record>,
  eventId?: unknown,
): On24Record | undefined {
  return indexRegistrants(registrants, eventId).find(attendee, eventId);
}
