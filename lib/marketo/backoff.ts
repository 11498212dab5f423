import { MarketoError } from "./errors";

/**
 * Capped, jittered exponential backoff and a sleep that refuses to run past the caller's deadline,
 * so a serverless chunk gives up cleanly (and checkpoints) instead of being killed mid-wait.
 */

export type RetryPolicy = {
  /** Total attempts for a transient failure, the first one included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Floor for 606: the 20 s window is shared with the customer's other integrations, so wait a while. */
  rateLimitedDelayMs: number;
  /** How often a write whose outcome is unknown (timeout, 5xx, 604) is re-sent; see transport.ts. */
  maxUnknownOutcomeRetries: number;
  random: () => number;
};

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 20_000,
  rateLimitedDelayMs: 5_000,
  maxUnknownOutcomeRetries: 1,
  random: Math.random,
};

/** Delay before attempt `attempt + 1` (attempt counts from 1): equal jitter, so never 0; capped, except by the 606 floor. */
export function backoffDelay(attempt: number, code: string, policy: RetryPolicy): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const jittered = exponential / 2 + policy.random() * (exponential / 2);
  const floor = code === "606" ? policy.rateLimitedDelayMs : 0;
  return Math.max(floor, Math.min(policy.maxDelayMs, jittered));
}

export function deadlineError(what: string): MarketoError {
  return new MarketoError(
    "deadline",
    `Stopped ${what} because this run's time budget is used up; the next run continues where this one stopped.`,
  );
}

/** Sleeps `ms`, or throws a `deadline` error at once if waking up would be after `deadline` (epoch ms). */
export async function sleepWithin(ms: number, deadline: number | undefined, now: () => number = Date.now): Promise<void> {
  if (deadline !== undefined && now() + ms > deadline) throw deadlineError("waiting to retry a Marketo call");
  await new Promise((resolve) => setTimeout(resolve, ms));
}
