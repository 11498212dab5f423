// Marketo custom-object data types as describe reports them, grouped by what a value must look like.
// (fieldDataTypes.json lists string, boolean, integer, float, link, email, currency, date, datetime, phone, text.)

/** Labels as Marketo's Admin › Marketo Custom Objects screens show them. */
const LABELS: Record<string, string> = {
  string: "String", text: "Text", integer: "Integer", float: "Float", datetime: "Datetime", email: "Email",
  link: "Link", boolean: "Boolean", currency: "Currency", date: "Date", phone: "Phone", url: "URL",
};

export function dataTypeOf(field: { dataType: string }): string {
  return field.dataType.trim().toLowerCase();
}

export function dataTypeLabel(dataType: string): string {
  return LABELS[dataType.toLowerCase()] ?? dataType;
}

/** A link to Lead id shows in describe as "link" or as the target's type, "integer". */
export function isIntegerType(dataType: string): boolean {
  return ["integer", "link"].includes(dataType.toLowerCase());
}

export function isFloatType(dataType: string): boolean {
  return ["float", "currency"].includes(dataType.toLowerCase());
}

/** Types that store free text as given (email is stricter and handled on its own). */
export function isTextType(dataType: string): boolean {
  return ["string", "text", "phone", "url"].includes(dataType.toLowerCase());
}

/** Marketo strings hold at most 255 characters; used when describe reports no length. */
export const STRING_DEFAULT_LENGTH = 255;
