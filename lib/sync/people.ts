// People for a batch: known leads go straight through; the rest are looked up by email in one call;
// missing ones are created (Create New People on) or skipped with that reason (off).
import { SKIP_CODES } from "@/lib/activity/sync-codes";
import type { RunContext } from "./context";
import { createPeople } from "./create-people";
import { emailKey, type FingerprintRow, type OutcomeRow, type SyncItem } from "./items";
import { lookupLeads } from "./lead-lookup";
import { contentHash } from "./map-item";
import { skippedOutcome } from "./outcomes";
import { updatePepUrls, writablePepField } from "./pep-urls";
import { skipHash } from "./skip-fingerprints";

export type PersonResult =
  | { ok: true; leadId: string; created: boolean }
  | { ok: false; outcome: OutcomeRow; fingerprint?: FingerprintRow };

export async function resolvePeople(ctx: RunContext, items: readonly SyncItem[]): Promise<Map<SyncItem, PersonResult>> {
  const people = new Map<SyncItem, PersonResult>();
  const byEmail = new Map<string, SyncItem[]>();
  for (const item of items) {
    if (item.leadId) {
      people.set(item, { ok: true, leadId: item.leadId, created: false });
      continue;
    }
    const key = emailKey(item.email)!;
    byEmail.set(key, [...(byEmail.get(key) ?? []), item]);
  }
  if (byEmail.size === 0) return people;

  const leadFields = await ctx.leadFields();
  const pepField = writablePepField(leadFields);
  const found = await lookupLeads(ctx, [...byEmail.keys()], pepField ? [pepField] : []);
  const missing: string[] = [];
  for (const [email, list] of byEmail) {
    const hit = found.get(email);
    if (!hit) {
      missing.push(email);
      continue;
    }
    for (const item of list) {
      if (hit.warning) item.warnings.push(hit.warning);
      people.set(item, { ok: true, leadId: hit.leadId, created: false });
    }
  }
  await updatePepUrls(ctx, found, byEmail, leadFields);
  if (missing.length === 0) return people;
  if (ctx.createNewPeople) {
    await createPeople(ctx, missing, byEmail, leadFields, people);
    return people;
  }

  for (const email of missing) {
    for (const item of byEmail.get(email)!) {
      const hash = skipHash(SKIP_CODES.PERSON_NOT_FOUND, contentHash(ctx, item));
      const fingerprint = { eventId: item.eventId, eventUserId: item.eventUserId, pass: item.pass, hash, leadId: null };
      people.set(item, { ok: false, outcome: skippedOutcome(item, SKIP_CODES.PERSON_NOT_FOUND), fingerprint });
    }
  }
  return people;
}
