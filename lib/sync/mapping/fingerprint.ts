// A stable hash of what one upsert would write, so the engine can skip re-read records whose mapped
// values did not change (ON24 windows overlap on purpose). Key order never changes the hash.
import { createHash } from "node:crypto";
import type { MappedRecord, Pass } from "./types";

/** Bump when the mapping rules change, so every record is written once more with the new rules. */
export const FINGERPRINT_VERSION = 1;

export function canonicalJson(record: MappedRecord): string {
  const keys = Object.keys(record).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(record[k])}`).join(",")}}`;
}

export function fingerprintRecord(record: MappedRecord, pass: Pass): string {
  return createHash("sha256").update(`v${FINGERPRINT_VERSION}|${pass}|${canonicalJson(record)}`).digest("hex");
}
