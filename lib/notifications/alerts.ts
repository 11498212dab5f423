import { createElement } from "react";
import type { Db } from "@/db";
import type { Alert } from "@/db/schema";
import { renderEmail } from "@/lib/email/render";
import type { SendResult } from "@/lib/email/send";
import { AlertEmail } from "@/lib/email/templates/alert";
import { RecoveryEmail } from "@/lib/email/templates/recovery";
import { buildAlertEmail, buildRecoveryEmail } from "./alert-content";
import { alertScope, type AlertDetail, type AlertKind } from "./alert-kinds";
import { closeOpenAlert, loadAlertPlace, markAlertSent, recordOccurrence } from "./alert-store";
import { hourBucket } from "./format";
import { resolveNotifyOptions, type NotifyOptions } from "./notify-options";
import { defaultOncallRecipients } from "./oncall-recipients";
import { redactSecrets } from "./redact";

export type RaiseAlertInput = {
  kind: AlertKind;
  workspaceId?: string | null;
  detail?: AlertDetail;
  /** Identifies one occurrence (e.g. `process:42`), so reporting it twice counts it once. */
  occurrenceKey?: string;
};

/** `email` is null when nothing was sent now: no on-call recipients, or already told (this hour / this outage). */
export type AlertOutcome = { alert: Alert; counted: boolean; email: SendResult | null };

/**
 * Records one occurrence of a problem and tells on-call. Repeats are grouped on the open alert row; an
 * email goes out at most once per workspace, kind and clock hour (credentials: once until resolved).
 * The alert is recorded even when there is nobody to tell (oncall-recipients.ts). Delivery failures never throw.
 */
export async function raiseAlert(db: Db, input: RaiseAlertInput, options?: NotifyOptions): Promise<AlertOutcome> {
  const { send, appUrl, now, ...given } = resolveNotifyOptions(options);
  const workspaceId = input.workspaceId ?? null;
  // Stored redacted as well as shown redacted: staff pages read the alerts table.
  const detail = { ...input.detail, ...(input.detail?.errorMessage && { errorMessage: redactSecrets(input.detail.errorMessage) }) };
  const { alert, counted } = await recordOccurrence(db, { kind: input.kind, workspaceId, detail, occurrenceKey: input.occurrenceKey, now });
  if (!counted || alreadyTold(alert, now)) return { alert, counted, email: null };
  const oncall = given.oncall ?? (await defaultOncallRecipients(db));
  if (oncall.length === 0) return { alert, counted, email: null };

  const { subject, props } = buildAlertEmail(alert, await loadAlertPlace(db, workspaceId), appUrl, now);
  const email = await send({
    to: oncall,
    subject,
    ...(await renderEmail(createElement(AlertEmail, props))),
    kind: `alert:${input.kind}`,
    workspaceId,
    idempotencyKey: alertEmailKey(alert, now),
  });
  if (email.duplicate) return { alert, counted, email: null };
  // A failed delivery is recorded in the outbox but does not count as told: the next occurrence in a
  // later hour tries again (for credentials too, which otherwise email once per outage).
  if (email.status === "failed") return { alert, counted, email };
  await markAlertSent(db, alert.id, now);
  return { alert: { ...alert, lastSentAt: now }, counted, email };
}

export type ResolveAlertInput = {
  kind: AlertKind;
  workspaceId?: string | null;
  /** What the resolver knows, e.g. the process that succeeded (linked from the recovery email). */
  detail?: AlertDetail;
};

/**
 * Closes the open alert of (workspace, kind), if any, and sends one recovery email when an alert email
 * had been sent for it. Returns alert null when nothing was open.
 */
export async function resolveAlert(db: Db, input: ResolveAlertInput, options?: NotifyOptions): Promise<{ alert: Alert | null; email: SendResult | null }> {
  const { send, appUrl, now, ...given } = resolveNotifyOptions(options);
  const workspaceId = input.workspaceId ?? null;
  const alert = await closeOpenAlert(db, input.kind, workspaceId, now);
  // No recovery for a problem nobody was told about.
  if (!alert || !alert.lastSentAt) return { alert, email: null };
  const oncall = given.oncall ?? (await defaultOncallRecipients(db));
  if (oncall.length === 0) return { alert, email: null };

  const { subject, props } = buildRecoveryEmail(alert, await loadAlertPlace(db, workspaceId), input.detail ?? {}, appUrl, now);
  const email = await send({
    to: oncall,
    subject,
    ...(await renderEmail(createElement(RecoveryEmail, props))),
    kind: `recovery:${input.kind}`,
    workspaceId,
    idempotencyKey: `recovery:${input.kind}:${alertScope(workspaceId)}:${alert.id}`,
  });
  return { alert, email: email.duplicate ? null : email };
}

/** Credentials: one email per outage. Others: one per clock hour. */
function alreadyTold(alert: Alert, now: Date): boolean {
  if (!alert.lastSentAt) return false;
  return alert.kind === "credentials" || hourBucket(alert.lastSentAt) === hourBucket(now);
}

/**
 * The key makes "at most once per hour" hold even when two callers race past alreadyTold. It names the
 * alert row too: a new outage after a recovery email is announced at once, not held back until the next hour.
 */
function alertEmailKey(alert: Alert, now: Date): string {
  return `alert:${alert.kind}:${alertScope(alert.workspaceId)}:${hourBucket(now)}:${alert.id}`;
}
