/**
 * CSV for spreadsheets (RFC 4180): cells with a comma, quote or line break are quoted, quotes doubled.
 * Cells starting with = + - @ (or a tab or carriage return, which some spreadsheets skip before a
 * formula) get a leading apostrophe, so ON24 data such as a registrant's answer can never run as a
 * formula when a marketer opens the file (CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const raw = value instanceof Date ? value.toISOString() : typeof value === "object" ? JSON.stringify(value) : String(value);
  const text = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line, ending in CRLF as RFC 4180 asks. */
export function csvRow(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
