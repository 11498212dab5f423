import { isoSeconds, type SandboxInstance, type SandboxLead } from "./instance";
import type { SandboxLeadField } from "./lead-schema";
import { failure, reason, success, type Envelope } from "./respond";
import { checkValue, storedValue } from "./value-check";

/** Get Leads by Filter Type and Sync Leads as DEV/leads describes them. */

const MAX_VALUES = 300;
const MAX_MATCHES = 1000;
const DEFAULT_FIELDS = ["id", "email", "updatedAt", "createdAt", "firstName", "lastName"];
const ACTIONS = new Set(["createOnly", "updateOnly", "createOrUpdate", "createDuplicate"]);

export function lookupLeads(instance: SandboxInstance, params: URLSearchParams): Envelope {
  const filterType = params.get("filterType");
  const filterValues = params.get("filterValues");
  if (!filterType) return failure("701", "filterType cannot be blank");
  if (!filterValues) return failure("701", "filterValues cannot be blank");
  const values = filterValues.split(",").map((v) => v.trim()).filter(Boolean);
  if (values.length > MAX_VALUES) return failure("1003", `filterValues has ${values.length} values; at most ${MAX_VALUES} are allowed`);
  let matches: SandboxLead[];
  if (filterType === "email") {
    const wanted = new Set(values.map((v) => v.toLowerCase())); // Marketo compares emails case-insensitively
    matches = [...instance.leads.values()].filter((lead) => lead.email && wanted.has(lead.email.trim().toLowerCase()));
  } else if (filterType === "id") {
    matches = values.map((v) => instance.leads.get(Number(v))).filter((lead): lead is SandboxLead => Boolean(lead));
  } else {
    return failure("1011", `Field '${filterType}' not supported`);
  }
  matches.sort((a, b) => a.id - b.id);
  if (matches.length > MAX_MATCHES) return failure("1003", "Too many results match the filter");
  const batchSize = Math.min(MAX_VALUES, Math.max(1, Number(params.get("batchSize") ?? MAX_VALUES) || MAX_VALUES));
  const offset = decodePageToken(params.get("nextPageToken"));
  if (offset === null) return failure("1003", "Invalid nextPageToken");
  const known = new Set(instance.leadFields.map((f) => f.name));
  const fields = (params.get("fields")?.split(",").map((f) => f.trim()).filter((f) => known.has(f)) ?? DEFAULT_FIELDS).concat("id");
  const page = matches.slice(offset, offset + batchSize).map((lead) => pick(lead, fields));
  const more = offset + batchSize < matches.length;
  return success(page, more ? { moreResult: true, nextPageToken: encodePageToken(offset + batchSize) } : {});
}

function pick(lead: SandboxLead, fields: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of new Set(fields)) if (lead[field] !== undefined && lead[field] !== null) out[field] = lead[field];
  return out;
}

function encodePageToken(offset: number): string {
  return Buffer.from(`leads:${offset}`).toString("hex").toUpperCase();
}

function decodePageToken(token: string | null): number | null {
  if (!token) return 0;
  const match = /^[0-9A-F]+$/i.test(token) ? /^leads:(\d+)$/.exec(Buffer.from(token, "hex").toString()) : null;
  return match ? Number(match[1]) : null;
}

export function syncLeads(instance: SandboxInstance, body: unknown, now: number): Envelope {
  const request = body as { action?: unknown; lookupField?: unknown; input?: unknown } | null;
  if (!request || !Array.isArray(request.input)) return failure("701", "input cannot be blank");
  if (request.input.length > MAX_VALUES) return failure("1003", `input has ${request.input.length} records; at most ${MAX_VALUES} are allowed`);
  const action = typeof request.action === "string" ? request.action : "createOrUpdate";
  if (!ACTIONS.has(action)) return failure("1003", `Invalid action '${action}'`);
  const lookupField = typeof request.lookupField === "string" ? request.lookupField : "email";
  if (lookupField !== "email" && lookupField !== "id") return failure("1011", `Field '${lookupField}' not supported`);
  const fields = new Map(instance.leadFields.map((f) => [f.name, f]));
  const result = request.input.map((record: unknown) => syncOne(instance, fields, action, lookupField, record, now));
  return success(result);
}

function syncOne(
  instance: SandboxInstance,
  fields: Map<string, SandboxLeadField>,
  action: string,
  lookupField: string,
  input: unknown,
  now: number,
) {
  const skipped = (code: string, message: string) => ({ status: "skipped", reasons: [reason(code, message)] });
  if (!input || typeof input !== "object") return skipped("1003", "Invalid data");
  const record = input as Record<string, unknown>;
  for (const [name, value] of Object.entries(record)) {
    const field = fields.get(name);
    if (!field) return skipped("1006", `Field '${name}' not found`);
    if (name === "id") {
      if (action !== "updateOnly") return skipped("1003", "Invalid data: id may only be sent with updateOnly");
      continue;
    }
    // [U] whether Marketo drops or rejects a write to a read-only field; rejecting makes the mistake visible.
    if (!field.updateable) return skipped("1003", `Invalid data: field '${name}' is read-only`);
    const problem = checkValue(field, value);
    if (problem) return skipped("1003", problem);
  }
  const key = record[lookupField];
  const matches =
    lookupField === "id"
      ? [instance.leads.get(Number(key))].filter((lead): lead is SandboxLead => Boolean(lead))
      : typeof key === "string" && key.trim()
        ? instance.leadsByEmail(key)
        : [];
  if (key === undefined || key === null || key === "") return skipped("1003", `Invalid data: ${lookupField} is required`);
  const create = () => {
    const lead = instance.addLead(valuesOf(fields, record, "id") as { email: string | null }, now);
    return { id: lead.id, status: "created" };
  };
  const update = (lead: SandboxLead) => {
    Object.assign(lead, valuesOf(fields, record, "id"), { updatedAt: isoSeconds(now) });
    return { id: lead.id, status: "updated" };
  };
  switch (action) {
    case "createOnly":
      return matches.length > 0 ? skipped("1005", "Lead already exists") : create();
    case "createDuplicate":
      return create();
    case "updateOnly":
      if (matches.length === 0) return skipped("1004", "Lead not found");
      return matches.length > 1 ? skipped("1007", "Multiple leads match the lookup criteria") : update(matches[0]);
    default:
      if (matches.length === 0) return create();
      return matches.length > 1 ? skipped("1007", "Multiple leads match the lookup criteria") : update(matches[0]);
  }
}

function valuesOf(fields: Map<string, SandboxLeadField>, record: Record<string, unknown>, omit: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(record)) if (name !== omit) out[name] = storedValue(fields.get(name)!, value);
  return out;
}
