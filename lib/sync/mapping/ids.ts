// IDs (eventid, eventuserid, personid) stay canonical base-10 strings inside the sync and are written as
// the tenant's object declares them: a JSON integer for integer/link fields, the string otherwise.
import { codePointLength } from "./text-limits";
import { toInteger } from "./numbers";
import { isIntegerType } from "@/lib/sync/fields/data-types";

/** Canonical form: digits only, no sign, spaces or leading zeros. Anything else is not an ON24/Marketo id. */
export function canonicalId(value: unknown): string | undefined {
  if (typeof value === "number") {
    return Number.isSafeInteger(value) && value >= 0 ? String(value) : undefined;
  }
  if (typeof value === "string" && /^\s*\d+\s*$/.test(value)) {
    return value.trim().replace(/^0+(?=\d)/, "");
  }
  return undefined;
}

export type IdValue = { ok: true; value: string | number } | { ok: false; reason: string };

/** The id as the field's data type wants it; it never gets cut, so a value that doesn't fit fails. */
export function idForField(id: string, dataType: string, limits: { maxDigits: number | null; maxLength: number | null }): IdValue {
  if (isIntegerType(dataType)) {
    const parsed = toInteger(id, limits.maxDigits ?? undefined);
    return parsed.ok
      ? { ok: true, value: parsed.value }
      : { ok: false, reason: `${id} is too large for an Integer field (at most 2,147,483,647)` };
  }
  if (limits.maxLength !== null && codePointLength(id) > limits.maxLength) {
    return { ok: false, reason: `${id} is longer than the field allows (${limits.maxLength} characters)` };
  }
  return { ok: true, value: id };
}
