/**
 * How the simulator judges one value against a field's describe entry. Marketo's exact tolerance is not
 * documented; the simulator is deliberately strict (a wrong type or an over-length string is a 1003
 * "Invalid data" reason) so that mapping mistakes surface in tests instead of being silently absorbed.
 */

export type CheckedField = { name: string; dataType: string; length?: number };

const INT32_MAX = 2_147_483_647;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Null when the value is acceptable; otherwise the message of the 1003 reason. A null or "" value clears the field. */
export function checkValue(field: CheckedField, value: unknown): string | null {
  if (value === null || value === "") return null;
  const invalid = `Invalid value '${String(value).slice(0, 60)}' for field '${field.name}'. Required of type '${field.dataType}'`;
  switch (field.dataType.toLowerCase()) {
    case "integer": {
      const n = typeof value === "number" ? value : typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
      return Number.isInteger(n) && Math.abs(n) <= INT32_MAX ? null : invalid;
    }
    case "float":
    case "currency": {
      const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
      return Number.isFinite(n) ? null : invalid;
    }
    case "boolean":
      return typeof value === "boolean" || value === "true" || value === "false" ? null : invalid;
    case "datetime":
      return typeof value === "string" && ISO_DATETIME.test(value) && !Number.isNaN(Date.parse(value)) ? null : invalid;
    case "date":
      return typeof value === "string" && ISO_DATE.test(value) ? null : invalid;
    default: {
      if (typeof value !== "string" && typeof value !== "number") return invalid;
      const text = String(value);
      if (field.length !== undefined && [...text].length > field.length) {
        return `Value for field '${field.name}' exceeds the maximum length of ${field.length}`;
      }
      if (field.dataType === "email" && (!/^[\x21-\x7e]+@[\x21-\x7e]+$/.test(text))) return invalid;
      return null;
    }
  }
}

/** The value as Marketo would store it: numbers as numbers, "" as null. */
export function storedValue(field: CheckedField, value: unknown): unknown {
  if (value === null || value === "") return null;
  const type = field.dataType.toLowerCase();
  if (type === "integer" || type === "float" || type === "currency") return Number(value);
  if (type === "boolean") return value === true || value === "true";
  return typeof value === "number" ? String(value) : value;
}
