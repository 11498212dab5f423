import type { Db } from "@/db";
import type { Process } from "@/db/schema";
import type { AlertDetail, AlertKind } from "./alert-kinds";
import { raiseAlert, resolveAlert, type AlertOutcome } from "./alerts";
import { neverThrow } from "./never-throw";
import { resolveNotifyOptions, type NotifyOptions } from "./notify-options";
import { loadRunFacts, type RunFacts } from "./run-facts";
import { notifyRunFinished, SUMMARY_STATUSES, type RunSummaryOutcome } from "./run-summary";

/** Codes that mean the stored credentials no longer work (Marketo 601/603, identity 401, our auth codes). */
export const CREDENTIAL_CODES: ReadonlySet<string> = new Set(["401", "601", "603", "marketo_auth_failed", "on24_auth_failed"]);
export const QUOTA_CODE = "607";
/** A finished run clears every workspace problem it proves gone. */
const CLEARED_BY_SUCCESS: readonly AlertKind[] = ["run_failed", "credentials", "quota", "lock_expired"];
const SUCCESS: readonly Process["status"][] = ["completed", "completed_with_errors"];

export type ProcessFinishedOutcome = {
  summary: RunSummaryOutcome | { error: string } | null;
  alert: AlertOutcome | { error: string } | null;
  resolved: AlertKind[];
};

/**
 * The one call the engine makes when a run ends: the workspace's run summary, one on-call alert for a
 * failed run (credentials, quota, or run_failed), and recovery of the workspace's alerts when it
 * succeeded. Safe to call twice for one process (nothing is sent or counted twice); never throws.
 */
export async function onProcessFinished(db: Db, processId: number, options?: NotifyOptions): Promise<ProcessFinishedOutcome> {
  const fixed = { ...options, now: resolveNotifyOptions(options).now };
  const outcome: ProcessFinishedOutcome = { summary: null, alert: null, resolved: [] };
  const loaded = await neverThrow("loading the finished process", () => loadRunFacts(db, processId));
  if (!loaded.ok || !loaded.value || !SUMMARY_STATUSES.includes(loaded.value.process.status)) return outcome;
  const facts = loaded.value;

  const summary = await neverThrow("run summary", () => notifyRunFinished(db, processId, fixed));
  outcome.summary = summary.ok ? summary.value : { error: summary.error };

  const kind = problemOf(facts);
  if (kind) {
    const alert = await neverThrow(`${kind} alert`, () =>
      raiseAlert(db, { kind, workspaceId: facts.workspace.id, detail: alertDetail(facts), occurrenceKey: `process:${processId}` }, fixed),
    );
    outcome.alert = alert.ok ? alert.value : { error: alert.error };
  }
  if (SUCCESS.includes(facts.process.status)) {
    for (const cleared of CLEARED_BY_SUCCESS) {
      const done = await neverThrow(`resolving ${cleared}`, () => resolveAlert(db, { kind: cleared, workspaceId: facts.workspace.id, detail: { processId } }, fixed));
      if (done.ok && done.value.alert) outcome.resolved.push(cleared);
    }
  }
  return outcome;
}

/** One alert per failed run: the most specific kind wins, so on-call gets one email, not three. */
export function problemOf({ process, workspace }: Pick<RunFacts, "process" | "workspace">): AlertKind | null {
  const code = process.errorCode ?? "";
  if (CREDENTIAL_CODES.has(code)) return "credentials";
  if (code === QUOTA_CODE) return "quota";
  if (process.status !== "failed") return null;
  return workspace.connectionStatus === "broken" ? "credentials" : "run_failed";
}

function alertDetail({ process, workspace }: RunFacts): AlertDetail {
  return {
    processId: process.id,
    errorCode: process.errorCode,
    errorMessage: process.errorMessage || workspace.connectionError,
    marketoCalls: process.marketoCalls,
    on24Calls: process.on24Calls,
    ...(workspace.pausedUntil && { resumesAt: workspace.pausedUntil.toISOString() }),
  };
}
