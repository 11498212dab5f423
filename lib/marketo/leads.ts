import { MarketoError } from "./errors";
import { splitForLimits } from "./limits";
import { leadDescribe2ResponseSchema, leadDescribeResponseSchema, leadLookupResponseSchema, leadSyncResponseSchema } from "./schemas";
import type { Transport } from "./transport";
import type { LeadDescribe2, LeadField, LeadLookupResult, LeadSyncAction, LeadSyncRecordResult, MarketoLead, MarketoReason } from "./types";

/** Always requested, so results can be matched back (email) and duplicates ranked (updatedAt). */
const LOOKUP_BASE_FIELDS = ["id", "email", "updatedAt"];
const RECORD_STATUSES = new Set(["created", "updated", "skipped"]);

/** Describe Lead (superseded by describe2 but still served): fields usable over REST only. */
export async function describeLeads(transport: Transport): Promise<LeadField[]> {
  const reply = await transport.call({ operation: "describeLeads", method: "GET", path: "/rest/v1/leads/describe.json" }, leadDescribeResponseSchema);
  return reply.result.flatMap((field) =>
    field.rest
      ? [{ name: field.rest.name, displayName: field.displayName, dataType: field.dataType, length: field.length, updateable: !field.rest.readOnly }]
      : [],
  );
}

export async function describeLeads2(transport: Transport): Promise<LeadDescribe2> {
  const reply = await transport.call({ operation: "describeLeads2", method: "GET", path: "/rest/v1/leads/describe2.json" }, leadDescribe2ResponseSchema);
  const first = reply.result[0];
  if (!first) throw new MarketoError("fatal", "Marketo's lead describe returned no fields.", { operation: "describeLeads2" });
  return { name: first.name, searchableFields: first.searchableFields, fields: first.fields };
}

/**
 * Finds leads by email, ≤300 values per call, always with `POST …?_method=GET` and a form body so long
 * emails can never push the URL past 8 KB. Emails are compared case-insensitively; every lead found for an
 * email is returned (several leads may share one). One result per input, in input order.
 */
export async function lookupLeadsByEmail(transport: Transport, emails: string[], options: { fields?: string[] } = {}): Promise<LeadLookupResult[]> {
  const fields = [...new Set([...LOOKUP_BASE_FIELDS, ...(options.fields ?? [])])];
  const wanted = new Map<string, string>(); // lower-cased key → the spelling sent
  for (const email of emails) {
    const value = email.trim();
    // filterValues is comma-separated: an address containing a comma cannot be asked for (and is not valid for Marketo).
    if (value && !value.includes(",") && !wanted.has(value.toLowerCase())) wanted.set(value.toLowerCase(), value);
  }
  const found = new Map<string, MarketoLead[]>();
  const formOf = (batch: string[]) => ({ filterType: "email", filterValues: batch.join(","), fields: fields.join(",") });
  const { batches } = splitForLimits([...wanted.values()], formOf);
  for (const batch of batches) {
    let nextPageToken: string | undefined;
    do {
      const form: Record<string, string> = formOf(batch);
      if (nextPageToken) form.nextPageToken = nextPageToken;
      const reply = await transport.call(
        { operation: "lookupLeads", method: "POST", path: "/rest/v1/leads.json", query: { _method: "GET" }, form },
        leadLookupResponseSchema,
      );
      for (const lead of reply.result as MarketoLead[]) {
        const key = typeof lead.email === "string" ? lead.email.trim().toLowerCase() : "";
        if (!wanted.has(key)) continue;
        const list = found.get(key) ?? [];
        if (!list.some((known) => known.id === lead.id)) list.push(lead);
        found.set(key, list);
      }
      nextPageToken = reply.moreResult && reply.nextPageToken ? reply.nextPageToken : undefined;
    } while (nextPageToken);
  }
  return emails.map((email) => ({ email, leads: found.get(email.trim().toLowerCase()) ?? [] }));
}

export type SyncLeadsOptions = { action: LeadSyncAction; lookupField?: string; partitionName?: string };

/** Sync Leads in batches of ≤300 (and ≤1 MB); one result per input record, in input order. */
export async function syncLeads(transport: Transport, records: Record<string, unknown>[], options: SyncLeadsOptions): Promise<LeadSyncRecordResult[]> {
  const lookupField = options.lookupField ?? "email";
  const bodyOf = (batch: { index: number; record: Record<string, unknown> }[]) => ({
    action: options.action,
    lookupField,
    ...(options.partitionName ? { partitionName: options.partitionName } : {}),
    input: batch.map((item) => item.record),
  });
  const { batches, oversized } = splitForLimits(records.map((record, index) => ({ index, record })), bodyOf);
  const results: LeadSyncRecordResult[] = oversized.map(({ index }) => tooLarge(index));
  for (const batch of batches) {
    const reply = await transport.call({ operation: "syncLeads", method: "POST", path: "/rest/v1/leads.json", json: bodyOf(batch) }, leadSyncResponseSchema);
    // Results come back in input order (DEV/error-codes); without a 1:1 match no record can be trusted.
    if (reply.result.length !== batch.length) {
      throw new MarketoError("fatal", `Marketo returned ${reply.result.length} results for ${batch.length} leads.`, { operation: "syncLeads" });
    }
    batch.forEach(({ index }, position) => {
      const item = reply.result[position];
      const reasons: MarketoReason[] = item.reasons ?? (item.reason ? [item.reason] : []);
      const status = item.status && RECORD_STATUSES.has(item.status) ? (item.status as LeadSyncRecordResult["status"]) : "failed";
      results.push({ index, status, ...(item.id !== undefined ? { id: item.id } : {}), reasons });
    });
  }
  return results.sort((a, b) => a.index - b.index);
}

export function tooLarge(index: number) {
  return {
    index,
    status: "failed" as const,
    reasons: [{ code: "413", message: "This record alone is larger than Marketo's 1 MB request limit; it was not sent." }],
  };
}
