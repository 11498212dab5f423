// Turns one raw ON24 value into what the tenant's field accepts: first normalised by the table's type
// (C4 dates, C5 numbers, emails), then fitted to the describe's type and length (C3).
import { isFloatType, isIntegerType, isTextType } from "@/lib/sync/fields/data-types";
import { toMarketoDateTime } from "./dates";
import { isValidEmail } from "./email";
import { toFloat, toInteger } from "./numbers";
import type { PlannedField } from "./object-plan";
import { isJoined, type RawValue } from "./raw-value";
import { codePointLength, cutToCodePoints, joinWithinLimit } from "./text-limits";
import type { MappedValue, MappingWarning } from "./types";
import { textOf } from "./values";
import { warning } from "./warnings";

export type Coerced = { value: MappedValue; warning?: MappingWarning } | { value?: undefined; warning: MappingWarning };

export function coerce(raw: RawValue, target: PlannedField): Coerced {
  if (isJoined(raw)) {
    if (!isTextType(target.dataType)) return { warning: warning.typeMismatch(target) };
    const { text, cut } = joinWithinLimit(raw.parts, raw.separator, target.limit);
    return cut ? { value: text, warning: warning.truncated(target) } : { value: text };
  }
  const normal = normalise(raw, target);
  if ("warning" in normal) return { warning: normal.warning };
  return fit(normal.value, target);
}

/** The value in the form the field table asks for. */
function normalise(raw: unknown, target: PlannedField): { value: MappedValue } | { warning: MappingWarning } {
  const { spec } = target;
  switch (spec.marketoType) {
    case "datetime": {
      const value = toMarketoDateTime(raw);
      return value === null ? { warning: warning.invalidDatetime(target, raw) } : { value };
    }
    case "integer": {
      const result = toInteger(raw, spec.maxDigits ?? undefined);
      if (result.ok) return { value: result.value };
      return { warning: result.reason === "out_of_range" ? warning.outOfRange(target, raw) : warning.invalidNumber(target, raw, true) };
    }
    case "float": {
      const result = toFloat(raw);
      return result.ok ? { value: result.value } : { warning: warning.invalidNumber(target, raw, false) };
    }
    case "email": {
      const text = textOf(raw);
      return text !== undefined && isValidEmail(text) ? { value: text } : { warning: warning.invalidEmail(target, raw) };
    }
    default: {
      const text = textOf(raw);
      return text === undefined ? { warning: warning.unreadable(target, raw) } : { value: text };
    }
  }
}

/** The normalised value in the describe's type; lossless conversions only. */
function fit(value: MappedValue, target: PlannedField): Coerced {
  const { dataType, spec } = target;
  if (isIntegerType(dataType)) {
    const result = toInteger(value, spec.maxDigits ?? undefined);
    if (result.ok) return { value: result.value };
    return { warning: result.reason === "out_of_range" ? warning.outOfRange(target, value) : warning.typeMismatch(target) };
  }
  if (isFloatType(dataType)) {
    const result = spec.marketoType === "datetime" ? null : toFloat(value);
    return result?.ok ? { value: result.value } : { warning: warning.typeMismatch(target) };
  }
  if (dataType === "datetime") {
    return spec.marketoType === "datetime" ? { value } : { warning: warning.typeMismatch(target) };
  }
  if (dataType === "email") {
    return typeof value === "string" && isValidEmail(value) ? fitText(value, target) : { warning: warning.typeMismatch(target) };
  }
  if (isTextType(dataType)) return fitText(String(value), target);
  return { warning: warning.typeMismatch(target) };
}

function fitText(text: string, target: PlannedField): Coerced {
  const { limit, spec } = target;
  if (limit === null || codePointLength(text) <= limit) return { value: text };
  if (!spec.truncatable) return { warning: warning.tooLong(target) };
  return { value: cutToCodePoints(text, limit), warning: warning.truncated(target) };
}
