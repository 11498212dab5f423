// The four situations the call-count table compares, and what one measurement of each records.
import type { CallCounts } from "./call-tally";

export const SCENARIOS = ["new", "existing", "unchanged", "changed"] as const;
export type ScenarioKey = (typeof SCENARIOS)[number];

export const SCENARIO_LABELS: Record<ScenarioKey, string> = {
  new: "all new people",
  existing: "all existing people",
  unchanged: "re-sync, nothing changed",
  changed: "re-sync, 10% changed",
};

export type Measured = {
  /** Records read from ON24 (registrants, plus attendees once some attended). */
  records: number;
  calls: CallCounts;
  leadsCreated: number;
  written: number;
  failed: number;
  seconds: number;
};

export type SizeResult = { n: number; engine: Record<ScenarioKey, Measured>; naive: Record<ScenarioKey, Measured> & { n: number } };

/** Leads that exist before the sync, created by another source (so every lookup finds one). */
export function seedLeadsFor(emails: readonly string[]) {
  return emails.map((email) => ({ email, firstName: "Known", lastName: "Person", leadSource: "Website", updatedAt: "2025-01-02T03:04:05Z" }));
}
