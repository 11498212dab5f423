// The Sync Leads (createOnly) payload for a person Marketo doesn't have yet: the seed's 15 standard
// fields from the registrant, leadSource "ON24", and pEPURL__c when writable (lead-fields.tsv).
import { STRING_DEFAULT_LENGTH, isIntegerType, isTextType } from "@/lib/sync/fields/data-types";
import type { LeadFieldSpec } from "@/lib/sync/fields/field-spec";
import { LEAD_FIELDS } from "@/lib/sync/fields/lead-fields";
import { isAsciiEmail } from "./email";
import { findLeadField, normaliseLeadFields, type LeadFieldInfo } from "./lead-describe";
import { toInteger } from "./numbers";
import { PEP_URL_FIELD, pepUrlFor, type PepUrlInput } from "./pep-url";
import { codePointLength, cutToCodePoints } from "./text-limits";
import type { MappedRecord, MappingWarning } from "./types";
import { readPath, textOf } from "./values";

const LEAD_SOURCE = "ON24";
/** Fields written as given: cutting a postal code or an email would make it wrong, not shorter. */
const NEVER_CUT = new Set(["postalCode", "email"]);
/** Marketo's standard numberOfEmployees is an Integer; used when no describe is at hand. */
const DEFAULT_TYPES: Record<string, string> = { numberOfEmployees: "integer" };

export type LeadCreateResult =
  | { ok: true; lead: MappedRecord; warnings: MappingWarning[] }
  | { ok: false; code: "invalid_email"; message: string };

const INVALID_EMAIL: LeadCreateResult = {
  ok: false,
  code: "invalid_email",
  message: "The person was not created: Marketo needs a valid email address made only of plain (ASCII) characters, short enough for its Email field.",
};

export function mapLeadForCreate(input: PepUrlInput & { registrant: NonNullable<PepUrlInput["registrant"]> }): LeadCreateResult {
  const email = textOf(input.registrant.email);
  if (email === undefined || !isAsciiEmail(email)) return INVALID_EMAIL;
  const described = input.leadFields ? normaliseLeadFields(input.leadFields) : null;
  const lead: MappedRecord = {};
  const warnings: MappingWarning[] = [];
  for (const spec of LEAD_FIELDS) {
    if (spec.marketoField === PEP_URL_FIELD) continue;
    const field = described ? findLeadField(described, spec.marketoField) : undefined;
    if (described && (!field || field.updateable === false)) continue;
    const name = field?.name ?? spec.marketoField;
    const raw = spec.marketoField === "leadSource" ? LEAD_SOURCE : valueOf(spec, input);
    if (raw === undefined) continue;
    const result = fitLeadValue(raw, name, field ?? null, spec.marketoField);
    if (result.warning) warnings.push(result.warning);
    if (result.value !== undefined) lead[name] = result.value;
  }
  // An email too long for the field was left out above; without it there is no person to create.
  if (!Object.keys(lead).some((key) => key.toLowerCase() === "email")) return INVALID_EMAIL;
  const pep = pepUrlFor(input);
  if (pep.field !== undefined) lead[pep.field] = pep.value;
  else if (pep.warning) warnings.push(pep.warning);
  return { ok: true, lead, warnings };
}

function valueOf(spec: LeadFieldSpec, input: PepUrlInput): string | undefined {
  for (const source of spec.sources) {
    const text = textOf(readPath(input[source.record], source.path));
    if (text !== undefined) return text;
  }
  return undefined;
}

function fitLeadValue(text: string, name: string, field: LeadFieldInfo | null, standardName: string): { value?: string | number; warning?: MappingWarning } {
  const dataType = field?.dataType ?? DEFAULT_TYPES[standardName] ?? "string";
  if (isIntegerType(dataType)) {
    // Call 14: ranges such as "1 - 49" are not guessed into a number.
    const parsed = toInteger(text);
    return parsed.ok
      ? { value: parsed.value }
      : { warning: { field: name, code: "invalid_number", message: `${name} was left out: ON24 sent "${text}", which is not a whole number.` } };
  }
  if (!isTextType(dataType) && dataType !== "email") return {};
  const limit = field?.length ?? STRING_DEFAULT_LENGTH;
  if (codePointLength(text) <= limit) return { value: text };
  if (NEVER_CUT.has(standardName)) {
    return { warning: { field: name, code: "too_long", message: `${name} was left out: the value is longer than the field's ${limit} characters.` } };
  }
  return { value: cutToCodePoints(text, limit), warning: { field: name, code: "truncated", message: `${name} was cut to ${limit} characters to fit the field in Marketo.` } };
}
