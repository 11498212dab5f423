// Warning texts for one field of one record: what happened to the value and, where there is one, the fix.
// Values are quoted short so an outcome row stays readable and doesn't carry a whole answer.
import { dataTypeLabel } from "@/lib/sync/fields/data-types";
import type { MarketoType } from "@/lib/sync/fields/field-spec";
import type { PlannedField } from "./object-plan";
import type { MappingWarning, WarningCode } from "./types";

/** Enough of a bad value to recognise it in the Activity log. */
const QUOTE_LENGTH = 40;

/** What the table expects, in the words Marketo's field editor uses. */
const EXPECTED: Record<MarketoType, string> = {
  link: "Link", id: "Integer or String", email: "Email", integer: "Integer", float: "Float",
  string: "String", text: "Text", datetime: "Datetime",
};

function quote(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  const chars = Array.from(text);
  return JSON.stringify(chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH).join("")}…` : text);
}

function make(target: PlannedField, code: WarningCode, message: string): MappingWarning {
  return { field: target.name, code, message };
}

function kindOf(target: PlannedField): string {
  if (target.spec.marketoType === "email") return "an email address";
  if (target.spec.apiName === "userprofileurl") return "a link";
  return "an ID";
}

export const warning = {
  truncated: (t: PlannedField) =>
    make(t, "truncated", `${t.name} was cut to ${t.limit} characters to fit the field in Marketo.`),
  tooLong: (t: PlannedField) =>
    make(t, "too_long", `${t.name} was left out: the value is longer than the field's ${t.limit} characters, and ${kindOf(t)} can't be shortened.`),
  invalidEmail: (t: PlannedField, raw: unknown) =>
    make(t, "invalid_email", `${t.name} was left out: ${quote(raw)} is not a valid email address.`),
  invalidDatetime: (t: PlannedField, raw: unknown) =>
    make(t, "invalid_datetime", `${t.name} was left out: ON24 sent ${quote(raw)}, which is not a date and time we can read.`),
  invalidNumber: (t: PlannedField, raw: unknown, whole: boolean) =>
    make(t, "invalid_number", `${t.name} was left out: ON24 sent ${quote(raw)}, which is not ${whole ? "a whole number" : "a number"}.`),
  outOfRange: (t: PlannedField, raw: unknown) =>
    make(t, "number_out_of_range", `${t.name} was left out: ${quote(raw)} is too large for a Marketo Integer field (at most 10 digits).`),
  unreadable: (t: PlannedField, raw: unknown) =>
    make(t, "unreadable_value", `${t.name} was left out: ON24 sent ${quote(raw)}, which can't be written as text.`),
  typeMismatch: (t: PlannedField) =>
    make(
      t,
      "type_mismatch",
      `${t.name} was left out: it is a ${dataTypeLabel(t.dataType)} field in Marketo, but ON24 sends ${EXPECTED[t.spec.marketoType]} values here; change it to ${EXPECTED[t.spec.marketoType]}.`,
    ),
};
