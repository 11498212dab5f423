// Fingerprints of records that were skipped rather than written. They never equal a real record's hash,
// so a record is written as soon as the reason goes away (Virtual Conference enabled, a person created).
import type { StoredFingerprint } from "./fingerprints";

/** A person missing from Marketo may be added there (a form, a list import); look again after this long. */
export const PERSON_RECHECK_MS = 6 * 60 * 60_000;

export function skipHash(code: string, content: string | null): string {
  return `skip:${code}:${content ?? "unmapped"}`;
}

export function isFreshSkip(stored: StoredFingerprint, now: number): boolean {
  return stored.hash.startsWith("skip:") && now - stored.updatedAt.getTime() < PERSON_RECHECK_MS;
}
