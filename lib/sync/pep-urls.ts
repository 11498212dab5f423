// pEPURL__c on people who already exist: an updateOnly by id, only where the stored link differs
// (judgement call 15). New people get it in their createOnly payload instead.
import type { LeadField } from "@/lib/marketo/types";
import { findLeadField, normaliseLeadFields } from "@/lib/sync/mapping/lead-describe";
import { PEP_URL_FIELD, pepUrlChanged, pepUrlFor } from "@/lib/sync/mapping/pep-url";
import type { RunContext } from "./context";
import { isRecordLevelError } from "./failures";
import type { SyncItem } from "./items";
import type { FoundLead } from "./lead-lookup";

const NOT_WRITTEN = "pep_url_not_written";

/** The lead field's name as described, when it exists and the API user may update it. */
export function writablePepField(leadFields: readonly LeadField[] | null): string | null {
  if (!leadFields) return null;
  const field = findLeadField(normaliseLeadFields(leadFields), PEP_URL_FIELD);
  return field && field.updateable !== false ? field.name : null;
}

export async function updatePepUrls(
  ctx: RunContext,
  found: Map<string, FoundLead>,
  itemsByEmail: Map<string, SyncItem[]>,
  leadFields: readonly LeadField[] | null,
): Promise<void> {
  if (!writablePepField(leadFields)) return;
  const updates = new Map<string, { record: Record<string, unknown>; items: SyncItem[] }>();
  for (const [email, hit] of found) {
    const items = itemsByEmail.get(email) ?? [];
    const source = items.find((item) => item.registrant?.userprofileurl) ?? items[0];
    if (!source) continue;
    const pep = pepUrlFor({ registrant: source.registrant, attendee: source.attendee, event: source.event, leadFields });
    if (pep.field === undefined) {
      if (pep.warning) items.forEach((item) => item.warnings.push(pep.warning!));
      continue;
    }
    if (!pepUrlChanged(hit.lead[pep.field], pep.value)) continue;
    const entry = updates.get(hit.leadId) ?? { record: { id: Number(hit.leadId), [pep.field]: pep.value }, items: [] };
    entry.items.push(...items);
    updates.set(hit.leadId, entry);
  }
  if (updates.size === 0) return;
  const entries = [...updates.values()];
  try {
    const results = await ctx.marketo.syncLeads(
      entries.map((e) => e.record),
      { action: "updateOnly", lookupField: "id" },
    );
    for (const result of results) {
      if (result.status === "updated") continue;
      const reason = result.reasons[0];
      warnAll(entries[result.index].items, reason?.code ?? NOT_WRITTEN, reason?.message ?? "Marketo gave no reason");
    }
  } catch (error) {
    // The link is a nice-to-have on the person: a Marketo failure here never costs the records themselves.
    if (!isRecordLevelError(error)) throw error;
    entries.forEach((e) => warnAll(e.items, NOT_WRITTEN, error instanceof Error ? error.message : String(error)));
  }
}

function warnAll(items: SyncItem[], code: string, why: string) {
  const warning = { field: PEP_URL_FIELD, code, message: `The person's ${PEP_URL_FIELD} (ON24 profile link) was not updated: ${why}` };
  items.forEach((item) => item.warnings.push(warning));
}
