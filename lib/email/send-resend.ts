import type { Resend } from "resend";

/**
 * Delivery through the Resend SDK with our retry policy. The SDK never throws: it returns `{data, error}`,
 * with `error.statusCode` null when the request never got an HTTP answer (network, timeout).
 */

export type RetryPolicy = { attempts: number; baseDelayMs: number; maxDelayMs: number };

// A few short attempts: an email is worth retrying, but a sync run waiting on it is not worth stalling.
export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 250, maxDelayMs: 2_000 };
// Per attempt; Resend answers in well under a second when healthy.
const REQUEST_TIMEOUT_MS = 8_000;
const MAX_ERROR_LENGTH = 500;

export type ResendError = { statusCode?: number | null; name?: string; message?: string };

/** Pure retry decision per Resend error: network, 429 and 5xx are transient; other 4xx will fail again. */
export function classifyResendError(error: ResendError): { retry: boolean; reason: string } {
  const status = error.statusCode ?? null;
  const detail = [error.name, error.message].filter(Boolean).join(": ") || "no detail";
  if (status === null) return { retry: true, reason: `network error (${detail})` };
  if (status === 429) return { retry: true, reason: `rate limited by Resend (429 ${detail})` };
  if (status >= 500) return { retry: true, reason: `Resend server error (${status} ${detail})` };
  return { retry: false, reason: `refused by Resend (${status} ${detail})` };
}

export type Delivery =
  | { ok: true; providerId: string; attempts: number }
  | { ok: false; error: string; attempts: number };

export type OutgoingEmail = { from: string; to: string[]; subject: string; html: string; text: string };

export async function deliverWithResend(
  client: Resend,
  email: OutgoingEmail,
  options: { idempotencyKey: string; retry?: RetryPolicy },
): Promise<Delivery> {
  const policy = options.retry ?? DEFAULT_RETRY;
  let reason = "not attempted";
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    const outcome = await attemptSend(client, email, options.idempotencyKey);
    if ("id" in outcome) return { ok: true, providerId: outcome.id, attempts: attempt };
    const verdict = classifyResendError(outcome.error);
    reason = verdict.reason.slice(0, MAX_ERROR_LENGTH);
    if (!verdict.retry || attempt === policy.attempts) return { ok: false, error: reason, attempts: attempt };
    await new Promise((r) => setTimeout(r, backoffMs(attempt, policy, outcome.retryAfter)));
  }
  return { ok: false, error: reason, attempts: policy.attempts };
}

async function attemptSend(
  client: Resend,
  email: OutgoingEmail,
  idempotencyKey: string,
): Promise<{ id: string } | { error: ResendError; retryAfter?: string }> {
  try {
    const { data, error, headers } = await client.emails.send(email, {
      // The same key on every attempt: Resend then sends once even if an earlier attempt did get through.
      idempotencyKey,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (data) return { id: data.id };
    return { error: error ?? {}, retryAfter: headers?.["retry-after"] };
  } catch (err) {
    // The SDK is documented never to throw; if it ever does, treat it like a failed request.
    return { error: { statusCode: null, name: "exception", message: err instanceof Error ? err.message : String(err) } };
  }
}

/** Exponential with jitter, capped; a 429's Retry-After wins when it fits under the cap. */
function backoffMs(attempt: number, policy: RetryPolicy, retryAfter?: string): number {
  const hinted = Number(retryAfter) * 1000;
  if (Number.isFinite(hinted) && hinted > 0) return Math.min(hinted, policy.maxDelayMs);
  const exp = policy.baseDelayMs * 2 ** (attempt - 1);
  return Math.min(policy.maxDelayMs, exp / 2 + Math.random() * (exp / 2));
}
