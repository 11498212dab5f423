// One line of the Test Connection checklist.

export type CheckStatus = "pass" | "fail" | "warning";

export interface Check {
  /** Stable id for tests and the UI, e.g. "co-id-types". */
  id: string;
  status: CheckStatus;
  title: string;
  /** One sentence a marketer can act on. */
  message: string;
  /** One line per field or item, each with its fix where there is one. */
  details?: string[];
  /** True when this failure must stop Save (the region/type rule of the guide's step 7). */
  blocksSave?: boolean;
}

export function blocksSave(checks: readonly Check[]): boolean {
  return checks.some((c) => c.status === "fail" && c.blocksSave === true);
}

/** Marketo's UI path to the object, quoted in fixes. */
export const OBJECT_PATH = "Admin › Marketo Custom Objects › ON24 Attendee";

/** "a, b and c" (or "a, b or c") for messages. */
export function listWords(items: readonly string[], conjunction: "and" | "or" = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`;
}
