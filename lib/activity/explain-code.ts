import type { CodeText } from "./code-text";
import { MARKETO_CODE_TEXTS } from "./marketo-code-texts";
import { CODE_ALIASES } from "./sync-codes";
import { SYNC_CODE_TEXTS } from "./sync-code-texts";

export type { CodeText };
export type CodeExplanation = CodeText & { code: string; source: "marketo" | "sync" | "unknown" };

const MARKETO_CODE = /^\d{3,4}$/;

/**
 * The plain-words explanation and fix for a record or process code: Marketo's numeric codes and our
 * own lower_snake codes. A code we don't know still gets an honest answer (the row's own message is
 * shown beside it), never an exception: the Activity log must render whatever the engine wrote.
 */
export function explainCode(code: string | null | undefined): CodeExplanation | null {
  const trimmed = code?.trim();
  if (!trimmed) return null;
  if (MARKETO_CODE.test(trimmed)) {
    const text = MARKETO_CODE_TEXTS[trimmed];
    if (text) return { code: trimmed, source: "marketo", ...text };
    return { code: trimmed, source: "marketo", ...unknownMarketoCode(trimmed) };
  }
  const lower = trimmed.toLowerCase();
  const key = CODE_ALIASES[lower] ?? lower;
  const text = (SYNC_CODE_TEXTS as Record<string, CodeText | undefined>)[key];
  if (text) return { code: key, source: "sync", ...text };
  return {
    code: trimmed,
    source: "unknown",
    title: "Unrecognised code",
    explanation: "This code has no explanation yet; the message beside it is what we know.",
    fix: "Contact support with the process ID.",
    transient: false,
  };
}

function unknownMarketoCode(code: string): CodeText {
  return {
    title: `Marketo code ${code}`,
    explanation: "Marketo refused this with a code we have no explanation for; its message is shown beside it.",
    fix: "Look the code up in Adobe's Marketo error-code list, or contact support with the process ID.",
    transient: false,
  };
}
