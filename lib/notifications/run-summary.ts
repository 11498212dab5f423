import { createElement } from "react";
import type { Db } from "@/db";
import type { Process } from "@/db/schema";
import { renderEmail } from "@/lib/email/render";
import type { SendResult } from "@/lib/email/send";
import { RunSummaryEmail } from "@/lib/email/templates/run-summary";
import { resolveNotifyOptions, type NotifyOptions } from "./notify-options";
import { loadRunFacts, topFailureReasons } from "./run-facts";
import { buildRunSummary, isEmptyRun } from "./run-summary-content";

/** The statuses a run ends in; queued, running and cancelled runs are not summarised. */
export const SUMMARY_STATUSES: readonly Process["status"][] = ["completed", "completed_with_errors", "failed", "paused"];

export type RunSummaryOutcome =
  | { sent: SendResult }
  | { sent: null; reason: "process_not_found" | "not_finished" | "notifications_off" | "no_recipients" | "empty_run" };

/**
 * Emails the workspace's notification recipients a summary of one finished run, when Notifications is
 * on. The idempotency key is the process id and its final status: a finish reported twice sends one email,
 * while a run paused for the quota and completed after the reset (the same process) is summarised both times.
 */
export async function notifyRunFinished(db: Db, processId: number, options?: NotifyOptions): Promise<RunSummaryOutcome> {
  const { send, appUrl } = resolveNotifyOptions(options);
  const facts = await loadRunFacts(db, processId);
  if (!facts) return { sent: null, reason: "process_not_found" };
  if (!SUMMARY_STATUSES.includes(facts.process.status)) return { sent: null, reason: "not_finished" };
  if (!facts.options?.notificationsEnabled) return { sent: null, reason: "notifications_off" };
  const recipients = facts.options.notificationRecipients.filter(Boolean);
  if (recipients.length === 0) return { sent: null, reason: "no_recipients" };
  if (isEmptyRun(facts.process) && !facts.options.notifyEmptyRuns) return { sent: null, reason: "empty_run" };

  const reasons = await topFailureReasons(db, processId);
  const { subject, props } = buildRunSummary(facts, reasons, appUrl);
  const body = await renderEmail(createElement(RunSummaryEmail, props));
  const sent = await send({
    to: recipients,
    subject,
    ...body,
    kind: "run_summary",
    workspaceId: facts.workspace.id,
    idempotencyKey: `run-summary:${processId}:${facts.process.status}`,
  });
  return { sent };
}
