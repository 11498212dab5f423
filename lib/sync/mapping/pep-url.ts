// pEPURL__c (judgement call 15): the ON24 engagement profile link on the person, written only when the
// lead field exists and the API user may update it. Never cut: a shortened link would be a broken link.
import { findLeadField, normaliseLeadFields, type LeadFieldInput } from "./lead-describe";
import { codePointLength } from "./text-limits";
import type { MappingWarning, On24Record } from "./types";
import { textOf } from "./values";

export const PEP_URL_FIELD = "pEPURL__c";
/** Virtual Conference records carry no userprofileurl; the content type says so up front. */
const VIRTUAL_CONFERENCE = "virtualenvironment";

export interface PepUrlInput {
  registrant?: On24Record | null;
  attendee?: On24Record | null;
  event?: On24Record | null;
  leadFields?: readonly LeadFieldInput[] | null;
}

export type PepUrl = { field: string; value: string } | { field?: undefined; warning?: MappingWarning };

export function pepUrlFor(input: PepUrlInput): PepUrl {
  if (!input.leadFields) return {};
  const field = findLeadField(normaliseLeadFields(input.leadFields), PEP_URL_FIELD);
  if (!field || field.updateable === false) return {};
  if (textOf(input.event?.contenttype)?.toLowerCase() === VIRTUAL_CONFERENCE) return {};
  const value = textOf(input.registrant?.userprofileurl) ?? textOf(input.attendee?.userprofileurl);
  if (value === undefined) return {};
  if (field.length !== null && codePointLength(value) > field.length) {
    const message = `${field.name} was left out: the ON24 profile link is longer than the field's ${field.length} characters, and a link can't be shortened.`;
    return { warning: { field: field.name, code: "too_long", message } };
  }
  return { field: field.name, value };
}

/** For existing people: send updateOnly only when the stored link differs. */
export function pepUrlChanged(stored: unknown, next: string): boolean {
  return (textOf(stored) ?? "") !== next;
}
