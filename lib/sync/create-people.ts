// Create New People: one createOnly call for the batch's missing emails, with the 15 mapped fields and
// leadSource "ON24" from the registrant. 1005 (someone created the person meanwhile) → look up again.
import { FAILURE_CODES } from "@/lib/activity/sync-codes";
import type { LeadField } from "@/lib/marketo/types";
import { mapLeadForCreate } from "@/lib/sync/mapping/lead-create";
import type { RunContext } from "./context";
import type { SyncItem } from "./items";
import { lookupLeads } from "./lead-lookup";
import { failedOutcome, missingPersonOutcome } from "./outcomes";
import type { PersonResult } from "./people";
import { addToProcess } from "./process-row";

const ALREADY_EXISTS = "1005";

export async function createPeople(
  ctx: RunContext,
  missing: readonly string[],
  itemsByEmail: Map<string, SyncItem[]>,
  leadFields: readonly LeadField[] | null,
  people: Map<SyncItem, PersonResult>,
): Promise<void> {
  const payloads: Record<string, unknown>[] = [];
  const payloadEmails: string[] = [];
  for (const email of missing) {
    const items = itemsByEmail.get(email)!;
    // Attendee records carry no names or company: a person is created only from a registration.
    const source = items.find((item) => item.registrant);
    if (!source) {
      items.forEach((item) => people.set(item, { ok: false, outcome: missingPersonOutcome(item) }));
      continue;
    }
    const mapped = mapLeadForCreate({ registrant: source.registrant!, attendee: source.attendee, event: source.event, leadFields });
    if (!mapped.ok) {
      items.forEach((item) => people.set(item, { ok: false, outcome: failedOutcome(item, mapped.code, mapped.message) }));
      continue;
    }
    items.forEach((item) => item.warnings.push(...mapped.warnings));
    payloads.push(mapped.lead);
    payloadEmails.push(email);
  }
  if (payloads.length === 0) return;

  const results = await ctx.marketo.syncLeads(payloads, { action: "createOnly" });
  let created = 0;
  const existing: string[] = [];
  for (const result of results) {
    const email = payloadEmails[result.index];
    const items = itemsByEmail.get(email)!;
    if (result.status === "created" && result.id !== undefined) {
      created++;
      ctx.leads.set(email, String(result.id));
      items.forEach((item) => people.set(item, { ok: true, leadId: String(result.id), created: true }));
    } else if (result.reasons.some((r) => r.code === ALREADY_EXISTS)) {
      existing.push(email);
    } else {
      const reason = result.reasons[0];
      const message = `Marketo did not create the person: ${reason?.message ?? "it gave no reason"}.`;
      items.forEach((item) =>
        people.set(item, {
          ok: false,
          outcome: failedOutcome(item, reason?.code ?? FAILURE_CODES.REJECTED_WITHOUT_REASON, message, { reasons: result.reasons }),
        }),
      );
    }
  }
  // Counted on the process at once, not with the batch: a person created by a batch that is then cut off
  // is found (1005) rather than created when the batch is redone, and must still count once.
  if (created > 0 && ctx.processId !== null) await addToProcess(ctx.db, ctx.processId, { leadsCreated: created });
  if (existing.length > 0) await linkExisting(ctx, existing, itemsByEmail, people);
}

async function linkExisting(ctx: RunContext, emails: string[], itemsByEmail: Map<string, SyncItem[]>, people: Map<SyncItem, PersonResult>) {
  const found = await lookupLeads(ctx, emails);
  for (const email of emails) {
    const hit = found.get(email);
    for (const item of itemsByEmail.get(email)!) {
      if (hit?.warning) item.warnings.push(hit.warning);
      people.set(
        item,
        hit
          ? { ok: true, leadId: hit.leadId, created: false }
          : { ok: false, outcome: failedOutcome(item, ALREADY_EXISTS, "Marketo said the person exists but could not find them by email.") },
      );
    }
  }
}
