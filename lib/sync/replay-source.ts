// What a replay sends again: each failed record fetched afresh from ON24 by email and event — the
// registration for the registrant pass, the attendance for the attendee pass.
import { FAILURE_CODES } from "@/lib/activity/sync-codes";
import type { On24Client } from "@/lib/on24/client";
import type { On24Attendee, On24Registrant } from "@/lib/on24/schemas";
import { canonicalId } from "@/lib/sync/mapping/ids";
import type { Pass } from "@/lib/sync/mapping/types";
import type { EventCache } from "./event-cache";
import type { OutcomeRow } from "./items";
import { EVENT_FETCH_MAX_REGISTRANTS } from "./registrant-source";

export type ReplayRow = { id: number; eventId: string | null; eventUserId: string | null; email: string | null; detail: Record<string, unknown> | null };

export type Refetched = { registrants: On24Registrant[]; attendees: On24Attendee[]; missing: OutcomeRow[] };

type Client = Pick<On24Client, "eventRegistrants" | "attendeeByEmail" | "eventAttendees">;

/**
 * From this many records of one event and pass in a batch, the event's whole list is read once (one call)
 * instead of one by-email call per record — unless the event is too big for one answer (as for joins).
 */
export const EVENT_LIST_FROM = 3;

export function createReplaySource(on24: Client, events: EventCache) {
  // An event's attendees, fetched once per replay run when the by-email answer is another event's.
  const eventAttendees = new Map<string, Map<string, On24Attendee>>();

  const attendeeInList = async (row: ReplayRow, eventId: string): Promise<On24Attendee | null> => {
    if (!eventAttendees.has(eventId)) {
      const all = await on24.eventAttendees(eventId);
      eventAttendees.set(eventId, new Map(all.records.map((a) => [canonicalId(a.eventuserid) ?? "", a])));
    }
    return eventAttendees.get(eventId)!.get(row.eventUserId ?? "") ?? null;
  };

  const attendeeOf = async (row: ReplayRow, eventId: string, many: boolean): Promise<On24Attendee | null> => {
    if (many || eventAttendees.has(eventId)) return attendeeInList(row, eventId);
    const latest = await on24.attendeeByEmail(row.email!);
    if (latest && canonicalId(latest.eventid) === eventId && canonicalId(latest.eventuserid) === row.eventUserId) return latest;
    return attendeeInList(row, eventId);
  };

  // The event's list (whole, or filtered by email): unlike ON24's by-email answer it carries the registration time.
  const registrantOf = async (row: ReplayRow, eventId: string, lists: Map<string, Promise<On24Registrant[]>> | null): Promise<On24Registrant | null> => {
    if (lists) {
      if (!lists.has(eventId)) lists.set(eventId, on24.eventRegistrants(eventId).then((page) => page.records));
      const list = await lists.get(eventId)!;
      const email = row.email!.toLowerCase();
      return list.find((r) => canonicalId(r.eventuserid) === row.eventUserId) ?? list.find((r) => r.email?.toLowerCase() === email) ?? null;
    }
    const { records } = await on24.eventRegistrants(eventId, { email: row.email! });
    return records.find((r) => canonicalId(r.eventuserid) === row.eventUserId) ?? records[0] ?? null;
  };

  return async function refetch(rows: readonly ReplayRow[]): Promise<Refetched> {
    const result: Refetched = { registrants: [], attendees: [], missing: [] };
    const passOf = (row: ReplayRow): Pass => (row.detail?.pass === "registrant" ? "registrant" : "attendee");
    const perEvent = new Map<string, number>();
    for (const row of rows) {
      const key = `${passOf(row)}|${canonicalId(row.eventId)}`;
      perEvent.set(key, (perEvent.get(key) ?? 0) + 1);
    }
    // The run's event cache: the records' events are read for the mapping anyway.
    const known = await events.getMany(rows.flatMap((row) => canonicalId(row.eventId) ?? []));
    const listable = (eventId: string) => (known.get(eventId)?.eventanalytics?.totalregistrants ?? 0) <= EVENT_FETCH_MAX_REGISTRANTS;
    // Registrant lists are big and this batch's own: they are let go with it.
    const registrantLists = new Map<string, Promise<On24Registrant[]>>();
    for (const row of rows) {
      const pass = passOf(row);
      const eventId = canonicalId(row.eventId);
      const many = !!eventId && (perEvent.get(`${pass}|${eventId}`) ?? 0) >= EVENT_LIST_FROM && listable(eventId);
      const found = !row.email || !eventId
        ? null
        : pass === "registrant"
          ? await registrantOf(row, eventId, many ? registrantLists : null)
          : await attendeeOf(row, eventId, many);
      if (!found) result.missing.push(missingOutcome(row, pass));
      else if (pass === "registrant") result.registrants.push(found as On24Registrant);
      else result.attendees.push(found as On24Attendee);
    }
    return result;
  };
}

function missingOutcome(row: ReplayRow, pass: Pass): OutcomeRow {
  return {
    eventId: row.eventId,
    eventUserId: row.eventUserId,
    email: row.email,
    leadId: null,
    outcome: "failed",
    code: FAILURE_CODES.REPLAY_SOURCE_MISSING,
    message: "The replay could not find this registration in ON24 any more (it may have been deleted), so nothing was sent.",
    detail: { pass, replayOf: row.id },
  };
}
