// One record_outcomes row per record the run decided something about. Records skipped because their
// fingerprint matched (nothing changed since the last write) get no row: they only count in records_done.
import { recordOutcomes } from "@/db/schema";
import { FAILURE_CODES, SKIP_CODES } from "@/lib/activity/sync-codes";
import type { MarketoReason } from "@/lib/marketo/types";
import type { DbOrTx } from "./db-types";
import { outcomeBase, type OutcomeRow, type SyncItem, type SyncWarning } from "./items";

export const SKIP_MESSAGES = {
  [SKIP_CODES.PERSON_NOT_FOUND]:
    "Skipped: no Marketo person has this email address, and Create New People is off for this workspace.",
  [SKIP_CODES.NO_EMAIL]: "Skipped: ON24 sent this registration without an email address, so no Marketo person can be found or created.",
  [SKIP_CODES.VIRTUAL_CONFERENCE_DISABLED]:
    "Skipped: this is a Virtual Conference event, and Virtual Conference sync is not enabled for this workspace.",
} as const;

export const PERSON_NOT_FOUND_MESSAGE =
  "Person not found: no Marketo person has this email address, and ON24 has no registration to create one from " +
  "(the registration may have been deleted, or its double opt-in not completed).";

type SkipCode = keyof typeof SKIP_MESSAGES;

export function skippedOutcome(item: SyncItem, code: SkipCode): OutcomeRow {
  return { ...outcomeBase(item), leadId: null, outcome: "skipped", code, message: SKIP_MESSAGES[code], detail: { pass: item.pass } };
}

export function failedOutcome(
  item: SyncItem,
  code: string,
  message: string,
  extra: { leadId?: string | null; reasons?: MarketoReason[]; warnings?: SyncWarning[] } = {},
): OutcomeRow {
  const warnings = [...item.warnings, ...(extra.warnings ?? [])];
  return {
    ...outcomeBase(item),
    leadId: extra.leadId ?? null,
    outcome: "failed",
    code,
    message,
    detail: { pass: item.pass, ...(extra.reasons?.length ? { reasons: extra.reasons } : {}), ...(warnings.length ? { warnings } : {}) },
  };
}

/** Written to Marketo; with any warning the outcome is "warning" and the first warning is its code. */
export function writtenOutcome(
  item: SyncItem,
  status: "created" | "updated",
  leadId: string,
  warnings: SyncWarning[],
  extra: { marketoGUID?: string; leadCreated?: boolean },
): OutcomeRow {
  const all = [...item.warnings, ...warnings];
  const first = all[0];
  return {
    ...outcomeBase(item),
    leadId,
    outcome: first ? "warning" : status,
    code: first?.code ?? null,
    message: first ? (all.length > 1 ? `${first.message} (and ${all.length - 1} more)` : first.message) : null,
    detail: {
      pass: item.pass,
      status,
      ...(extra.leadCreated ? { leadCreated: true } : {}),
      ...(extra.marketoGUID ? { marketoGUID: extra.marketoGUID } : {}),
      ...(all.length ? { warnings: all } : {}),
    },
  };
}

export const missingPersonOutcome = (item: SyncItem) => failedOutcome(item, FAILURE_CODES.MISSING_PERSON, PERSON_NOT_FOUND_MESSAGE);

/** Multi-row insert, in the caller's transaction (with the checkpoint and the process counters). */
export async function insertOutcomes(db: DbOrTx, workspaceId: string, processId: number, rows: readonly OutcomeRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(recordOutcomes).values(rows.map((row) => ({ ...row, workspaceId, processId })));
}

/** What the process row counts for these outcomes. */
export function countOutcomes(rows: readonly OutcomeRow[]) {
  let coMapped = 0;
  let coFailed = 0;
  let coWarnings = 0;
  let skipped = 0;
  for (const row of rows) {
    if (row.outcome === "failed") coFailed++;
    else if (row.outcome === "skipped") skipped++;
    else {
      coMapped++;
      if (row.outcome === "warning") coWarnings++;
    }
  }
  return { coMapped, coFailed, coWarnings, skipped };
}
