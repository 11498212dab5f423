// Test Connection checks on the object's other fields: types, lengths, and fields the table doesn't know.
import type { Region } from "@/db/schema";
import { charLimit, findDescribeField } from "@/lib/sync/mapping/object-plan";
import type { CustomObjectDescribe, DescribeField } from "@/lib/sync/mapping/types";
import { ATTENDEE_FIELDS } from "./attendee-fields";
import { OBJECT_PATH, type Check } from "./check";
import { dataTypeLabel, dataTypeOf } from "./data-types";
import type { AttendeeFieldSpec } from "./field-spec";
import { isCompatibleType, recommendedTypeLabel } from "./type-compat";

/** No valid address is longer (RFC 5321), so an email field this long loses nothing. */
const LONGEST_EMAIL = 254;

interface Defined {
  spec: AttendeeFieldSpec;
  field: DescribeField;
}

/** Table fields the object defines, dedupe fields excepted (they have their own checks). */
export function definedFields(describe: CustomObjectDescribe): Defined[] {
  return ATTENDEE_FIELDS.flatMap((spec) => {
    const field = findDescribeField(spec, describe.fields);
    return field && !spec.dedupe ? [{ spec, field }] : [];
  });
}

export function fieldTypeCheck(describe: CustomObjectDescribe, region: Region): Check {
  const defined = definedFields(describe);
  const wrong = defined.filter(({ spec, field }) => !isCompatibleType(spec, dataTypeOf(field), region));
  const readOnly = defined.filter(({ field }) => field.updateable === false);
  const details = [
    ...wrong.map(({ spec, field }) =>
      `Change ${field.name} from ${dataTypeLabel(dataTypeOf(field))} to ${recommendedTypeLabel(spec, region)}.`),
    ...readOnly.map(({ field }) => `${field.name} is read-only for the API user, so the sync can't fill it; make it editable or remove it.`),
  ];
  const base = { id: "co-field-types", title: "Field types" };
  if (details.length === 0) {
    return { ...base, status: "pass", message: `All ${defined.length} ON24 fields on the object have types the sync can write.` };
  }
  if (wrong.length === 0) {
    return { ...base, status: "warning", message: `Some fields can't be written by the API user; fix them under ${OBJECT_PATH}.`, details };
  }
  return {
    ...base,
    status: "fail",
    message: `${wrong.length} ${wrong.length === 1 ? "field has" : "fields have"} a type the sync can't fill correctly; change each as listed under ${OBJECT_PATH}.`,
    details,
  };
}

/**
 * A String field where the table asks for Text can be fixed (fail); a Text field shorter than the seed's
 * size can't (Marketo may cap it), so longer values are cut with a warning on the record (warning).
 */
export function fieldLengthCheck(describe: CustomObjectDescribe): Check {
  const fixable: string[] = [];
  const informational: string[] = [];
  for (const { spec, field } of definedFields(describe)) {
    const needed = spec.marketoType === "email" ? Math.min(spec.maxLength ?? LONGEST_EMAIL, LONGEST_EMAIL) : spec.maxLength;
    const holds = charLimit({ ...spec, maxLength: null }, field);
    if (needed === null || holds === null || holds >= needed) continue;
    const outcome = spec.truncatable ? "longer values will be cut" : "longer values will be left out";
    if (dataTypeOf(field) === "string" && spec.marketoType === "text") {
      fixable.push(`Change ${field.name} to Text: it holds ${holds} characters but ON24 sends up to ${needed.toLocaleString("en-US")}.`);
    } else {
      informational.push(`${field.name} holds ${holds} characters and ON24 sends up to ${needed.toLocaleString("en-US")}; ${outcome}.`);
    }
  }
  const base = { id: "co-field-lengths", title: "Field lengths" };
  const details = [...fixable, ...informational];
  if (details.length === 0) return { ...base, status: "pass", message: "Every text field is long enough for what ON24 sends." };
  return {
    ...base,
    status: fixable.length > 0 ? "fail" : "warning",
    message:
      fixable.length > 0
        ? `Some fields are too short for what ON24 sends; change them to Text under ${OBJECT_PATH}.`
        : "Some fields are shorter than ON24's longest values; the sync will cut those values and note it on each record.",
    details,
  };
}
