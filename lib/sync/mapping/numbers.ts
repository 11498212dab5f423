// C5: integers from JSON numbers or numeric strings ("4816"), bounded to what a Marketo integer can hold.
// The inputs don't document Marketo's integer width, so we assume 32-bit signed and at most 10 digits.

export const INT32_MAX = 2_147_483_647;
export const INT32_MIN = -2_147_483_648;
/** The seed's "max 10 digits" for every sized integer field. */
export const MAX_INTEGER_DIGITS = 10;

export type NumberResult = { ok: true; value: number } | { ok: false; reason: "not_a_number" | "out_of_range" };

export function toInteger(value: unknown, maxDigits: number = MAX_INTEGER_DIGITS): NumberResult {
  let digits: string;
  let parsed: number;
  if (typeof value === "number") {
    if (!Number.isInteger(value)) return { ok: false, reason: "not_a_number" };
    parsed = value;
    digits = Math.abs(value).toFixed(0);
  } else if (typeof value === "string" && /^\s*[+-]?\d+\s*$/.test(value)) {
    parsed = Number(value.trim());
    digits = value.trim().replace(/^[+-]/, "").replace(/^0+(?=\d)/, "");
  } else {
    return { ok: false, reason: "not_a_number" };
  }
  if (digits.length > Math.min(maxDigits, MAX_INTEGER_DIGITS) || parsed > INT32_MAX || parsed < INT32_MIN) {
    return { ok: false, reason: "out_of_range" };
  }
  return { ok: true, value: parsed === 0 ? 0 : parsed };
}

export function toFloat(value: unknown): NumberResult {
  if (typeof value === "number") return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: "not_a_number" };
  if (typeof value === "string" && /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)) {
    const parsed = Number(value.trim());
    return Number.isFinite(parsed) ? { ok: true, value: parsed } : { ok: false, reason: "out_of_range" };
  }
  return { ok: false, reason: "not_a_number" };
}
