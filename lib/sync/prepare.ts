// A page of ON24 records → items. Before any Marketo call each record is mapped with the lead its last
// write went to; when the fingerprint matches, nothing changed and the record costs nothing.
import { FAILURE_CODES, SKIP_CODES } from "@/lib/activity/sync-codes";
import type { On24Attendee, On24Registrant } from "@/lib/on24/schemas";
import { canonicalId } from "@/lib/sync/mapping/ids";
import type { On24Record, Pass } from "@/lib/sync/mapping/types";
import type { RunContext } from "./context";
import { isVirtualConference } from "./event-cache";
import { loadFingerprints, type StoredFingerprint } from "./fingerprints";
import { emailKey, itemKey, type FingerprintRow, type OutcomeRow, type SyncItem } from "./items";
import { contentHash, mapItem } from "./map-item";
import { failedOutcome, skippedOutcome } from "./outcomes";
import { skipHash, isFreshSkip } from "./skip-fingerprints";

export type Prepared =
  | { kind: "unchanged" }
  | { kind: "pending"; item: SyncItem }
  | { kind: "decided"; outcome: OutcomeRow; fingerprint?: FingerprintRow };

/** `force`: write even when the fingerprint matches (a replay the user asked for). */
export async function preparePage(
  ctx: RunContext,
  pass: Pass,
  records: readonly On24Record[],
  options: { force?: boolean; registrants?: (On24Registrant | null)[] } = {},
): Promise<Prepared[]> {
  const events = await ctx.events.getMany(records.flatMap((r) => canonicalId(r.eventid) ?? []));
  const joined =
    options.registrants ??
    (pass === "attendee" ? await ctx.registrants.resolve(records as On24Attendee[], events) : records.map(() => null));
  if (pass === "registrant") ctx.registrants.remember(records as On24Registrant[]);
  const keys = records.flatMap((r) => {
    const [eventId, eventUserId] = [canonicalId(r.eventid), canonicalId(r.eventuserid)];
    return eventId && eventUserId ? [{ eventId, eventUserId }] : [];
  });
  const stored = await loadFingerprints(ctx.db, ctx.workspaceId, keys, ctx.marketoTarget);

  return records.map((record, i): Prepared => {
    const eventId = canonicalId(record.eventid);
    const eventUserId = canonicalId(record.eventuserid);
    const email = typeof record.email === "string" && record.email.trim() ? record.email.trim() : null;
    const item: SyncItem = {
      pass,
      eventId: eventId ?? String(record.eventid ?? ""),
      eventUserId: eventUserId ?? String(record.eventuserid ?? ""),
      email,
      registrant: pass === "registrant" ? record : joined[i],
      attendee: pass === "attendee" ? record : null,
      event: eventId ? (events.get(eventId) ?? null) : null,
      leadId: null,
      leadIdFrom: null,
      warnings: [],
    };
    if (!eventId) return { kind: "decided", outcome: failedOutcome(item, FAILURE_CODES.MISSING_EVENT_ID, "ON24 sent this record without a usable event id.") };
    const pair = stored.get(itemKey(eventId, item.eventUserId)) ?? {};
    const own = pair[pass];

    if (isVirtualConference(item.event) && !ctx.virtualConferenceEnabled) return localSkip(ctx, item, own, SKIP_CODES.VIRTUAL_CONFERENCE_DISABLED, options.force);
    if (!email) return localSkip(ctx, item, own, SKIP_CODES.NO_EMAIL, options.force);

    const other = pair[pass === "registrant" ? "attendee" : "registrant"];
    const remembered = ctx.leads.get(emailKey(email)!);
    if (own?.leadId) Object.assign(item, { leadId: own.leadId, leadIdFrom: "fingerprint" });
    else if (other?.leadId) Object.assign(item, { leadId: other.leadId, leadIdFrom: "fingerprint" });
    else if (remembered) Object.assign(item, { leadId: remembered, leadIdFrom: "run" });

    if (!options.force && own && isUnchanged(ctx, item, own)) return { kind: "unchanged" };
    return { kind: "pending", item };
  });
}

function isUnchanged(ctx: RunContext, item: SyncItem, own: StoredFingerprint): boolean {
  if (own.leadId) {
    const mapped = mapItem(ctx, item, own.leadId);
    return mapped.ok && mapped.fingerprint === own.hash;
  }
  // Not in Marketo last time, with Create New People off: look again only once the record changed or the
  // recheck interval passed (the person may have been added to Marketo since).
  if (ctx.createNewPeople || !isFreshSkip(own, ctx.now())) return false;
  return own.hash === skipHash(SKIP_CODES.PERSON_NOT_FOUND, contentHash(ctx, item));
}

/** A skip decided without Marketo; its fingerprint keeps re-reads of the same record from being listed again. */
function localSkip(
  ctx: RunContext,
  item: SyncItem,
  own: StoredFingerprint | undefined,
  code: typeof SKIP_CODES.VIRTUAL_CONFERENCE_DISABLED | typeof SKIP_CODES.NO_EMAIL,
  force?: boolean,
): Prepared {
  const hash = skipHash(code, contentHash(ctx, item));
  if (!force && own && own.hash === hash) return { kind: "unchanged" };
  const fingerprint = { eventId: item.eventId, eventUserId: item.eventUserId, pass: item.pass, hash, leadId: null };
  return { kind: "decided", outcome: skippedOutcome(item, code), fingerprint };
}
