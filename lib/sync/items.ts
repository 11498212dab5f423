// The unit the engine moves through a batch: one ON24 registration (registrant pass) or attendance
// (attendee pass), with what it was joined to, and what the rows written for it look like.
import type { Outcome } from "@/db/schema";
import type { On24Record, Pass } from "@/lib/sync/mapping/types";

/** A mapping warning, or one of the engine's own (several leads for one email, pEPURL__c not written). */
export type SyncWarning = { field: string; code: string; message: string };

export type SyncItem = {
  pass: Pass;
  eventId: string;
  eventUserId: string;
  /** As ON24 sent it, trimmed; null when the record has none. */
  email: string | null;
  /** Registrant pass: the record itself. Attendee pass: its joined registrant, if ON24 has one. */
  registrant: On24Record | null;
  attendee: On24Record | null;
  event: On24Record | null;
  /** The Marketo lead, when already known (a fingerprint or this run); null means look it up. */
  leadId: string | null;
  leadIdFrom: "fingerprint" | "run" | "lookup" | "created" | null;
  /** Warnings found on the way (several leads for one email, a lead field cut…), beside the mapping's. */
  warnings: SyncWarning[];
};

export type OutcomeRow = {
  eventId: string | null;
  eventUserId: string | null;
  email: string | null;
  leadId: string | null;
  outcome: Outcome;
  code: string | null;
  message: string | null;
  detail: Record<string, unknown>;
};

export type FingerprintRow = { eventId: string; eventUserId: string; pass: Pass; hash: string; leadId: string | null };

export const itemKey = (eventId: string, eventUserId: string) => `${eventId}|${eventUserId}`;

export function emailKey(email: string | null | undefined): string | null {
  const trimmed = email?.trim().toLowerCase();
  return trimmed ? trimmed : null;
}

/** The base of every outcome row of an item. */
export function outcomeBase(item: SyncItem): Pick<OutcomeRow, "eventId" | "eventUserId" | "email"> {
  return { eventId: item.eventId, eventUserId: item.eventUserId, email: emailKey(item.email) };
}
