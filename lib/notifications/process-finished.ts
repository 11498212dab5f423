import { and, eq, max, notLike } from "drizzle-orm";
import type { Db } from "@/db";
import { syncCheckpoints, type Process } from "@/db/schema";
import { PROCESS_ERROR_CODES } from "@/lib/activity/sync-codes";
import type { AlertDetail, AlertKind } from "./alert-kinds";
import { raiseAlert, resolveAlert, type AlertOutcome } from "./alerts";
import { neverThrow } from "./never-throw";
import { hourBucket } from "./format";
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
  if (!loaded.ok || !loaded.value) return outcome;
  const facts = loaded.value;
  if (facts.process.status === "running") {
    const stalled = await neverThrow("stalled-run alert", () => alertIfStalled(db, facts, fixed));
    outcome.alert = stalled.ok ? stalled.value : { error: stalled.error };
    return outcome;
  }
  if (!SUMMARY_STATUSES.includes(facts.process.status)) return outcome;

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

/**
 * A run stopped by a temporary error stays "running" and resumes at the next turn, so it never fails and
 * would never alert. When it has gone this long without progress, on-call hears of it as a run_failed
 * alert (the failed-run email promises another email if a temporary error lasts an hour).
 */
export const STALLED_ALERT_AFTER_MS = 60 * 60_000;
/** The codes of a stop the engine resumes from by itself (lib/sync/failures.ts, kind "transient"). */
const TEMPORARY_STOP_CODES: ReadonlySet<string> = new Set([
  PROCESS_ERROR_CODES.MARKETO_UNAVAILABLE,
  PROCESS_ERROR_CODES.ON24_UNAVAILABLE,
  PROCESS_ERROR_CODES.ON24_RATE_LIMITED,
]);

async function alertIfStalled(db: Db, facts: RunFacts, options: NotifyOptions & { now: Date }): Promise<AlertOutcome | null> {
  const { process, workspace } = facts;
  if (!process.errorCode || !TEMPORARY_STOP_CODES.has(process.errorCode)) return null;
  const lastProgress = await lastProgressAt(db, process);
  const { now } = options;
  if (now.getTime() - lastProgress.getTime() < STALLED_ALERT_AFTER_MS) return null;
  return raiseAlert(
    db,
    {
      kind: "run_failed",
      workspaceId: workspace.id,
      detail: { ...alertDetail(facts), downSince: lastProgress.toISOString(), stalled: true },
      // One occurrence per process and hour, however often the scheduler retries in between.
      occurrenceKey: `stalled:${process.id}:${hourBucket(now)}`,
    },
    options,
  );
}

/** The run's last sign of progress: its start, or the newest checkpoint its workspace wrote since (caches aside). */
async function lastProgressAt(db: Db, process: Process): Promise<Date> {
  const [row] = await db
    .select({ at: max(syncCheckpoints.updatedAt) })
    .from(syncCheckpoints)
    .where(and(eq(syncCheckpoints.workspaceId, process.workspaceId), notLike(syncCheckpoints.stream, "cache:%")));
  const started = process.startedAt ?? process.createdAt;
  return row?.at && row.at > started ? row.at : started;
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
