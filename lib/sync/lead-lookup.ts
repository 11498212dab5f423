// Lead lookup by email (≤300 per call, case-insensitive) and the choice among several leads sharing one
// email: the most recently updated, deterministically, with a warning.
import { WARNING_CODES } from "@/lib/activity/sync-codes";
import type { MarketoLead } from "@/lib/marketo/types";
import type { RunContext } from "./context";
import type { SyncWarning } from "./items";

export type FoundLead = { leadId: string; lead: MarketoLead; warning?: SyncWarning };

/** Emails (lower-cased) → the lead to use; emails with no lead are absent. `fields`: extra lead fields to read. */
export async function lookupLeads(ctx: RunContext, emails: readonly string[], fields: readonly string[] = []): Promise<Map<string, FoundLead>> {
  const found = new Map<string, FoundLead>();
  if (emails.length === 0) return found;
  const results = await ctx.marketo.lookupLeadsByEmail([...emails], fields.length ? { fields: [...fields] } : undefined);
  for (const { email, leads } of results) {
    const chosen = chooseLead(leads);
    if (!chosen) continue;
    const key = email.trim().toLowerCase();
    found.set(key, {
      leadId: String(chosen.id),
      lead: chosen,
      ...(leads.length > 1 ? { warning: multipleLeadsWarning(leads.length, chosen.id) } : {}),
    });
    ctx.leads.set(key, String(chosen.id));
  }
  return found;
}

/** The most recently updated lead; the highest id breaks a tie, so the choice never flips between runs. */
export function chooseLead(leads: readonly MarketoLead[]): MarketoLead | undefined {
  const time = (lead: MarketoLead) => (lead.updatedAt ? Date.parse(lead.updatedAt) : Number.NEGATIVE_INFINITY) || Number.NEGATIVE_INFINITY;
  return [...leads].sort((a, b) => time(b) - time(a) || b.id - a.id)[0];
}

function multipleLeadsWarning(count: number, chosenId: number): SyncWarning {
  return {
    field: "personid",
    code: WARNING_CODES.MULTIPLE_LEADS,
    message: `${count} Marketo people share this email address; the record was linked to the most recently updated one (lead ${chosenId}).`,
  };
}
