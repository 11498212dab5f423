/** The problems on-call is told about. Each has at most one open alert per workspace (or globally). */
export const ALERT_KINDS = ["run_failed", "credentials", "quota", "scheduler_stalled", "lock_expired"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/**
 * What the caller knows about one occurrence. Every field is optional: the email says what it has.
 * Free-form text (errorMessage) is redacted before it is shown; never put a credential in here.
 */
export type AlertDetail = {
  processId?: number;
  errorCode?: string | null;
  errorMessage?: string | null;
  /** How many attempts the caller made before giving up. */
  attempts?: number;
  marketoCalls?: number;
  on24Calls?: number;
  /** quota: when the workspace syncs again (ISO time). */
  resumesAt?: string;
  /** scheduler_stalled: the last successful tick (ISO time), or null if none was ever recorded. */
  lastTickAt?: string | null;
  /** lock_expired: the lock's TTL and how long it had been held. */
  ttlMs?: number;
  heldForMs?: number;
  /** When the outage really began, if earlier than the first alert (ISO time). */
  downSince?: string;
  /** run_failed: the run is not over but has made no progress since `downSince` (a temporary error keeps recurring). */
  stalled?: boolean;
};

/** Where an alert belongs: a workspace, or the whole service (scheduler). */
export type AlertPlace = { id: string; name: string; on24ClientId: string | null } | null;

export function alertScope(workspaceId: string | null | undefined): string {
  return workspaceId ?? "global";
}
