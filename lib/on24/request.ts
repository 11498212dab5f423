import { classifyOn24, type On24Classification, type On24Outcome } from "./classify";
import { On24Error } from "./errors";
import { backoffMs, sleep, type On24RetryPolicy } from "./retry";

/**
 * One ON24 GET with timeout, classification and retries. Every attempt is reported through `onCall`
 * (ON24 counts attempts, not successes) and no wait is allowed to run past the caller's deadline: the
 * call then fails with a retryable error, and the sync resumes from its checkpoint on the next run.
 */

export type On24CallInfo = {
  operationId: string;
  method: "GET";
  /** Path below the base URL with the query string, e.g. /client/22921/attendee?pageoffset=0 */
  path: string;
  status: number | On24Outcome;
  attempt: number;
  durationMs: number;
};

export type On24Transport = {
  baseUrl: string;
  tokenKey: string;
  tokenSecret: string;
  fetch: typeof fetch;
  timeoutMs: number;
  deadline?: number;
  onCall?: (info: On24CallInfo) => void;
  retry: On24RetryPolicy;
  signal?: AbortSignal;
  now: () => number;
  random: () => number;
};

export type On24Operation = {
  /** ON24's operationId, e.g. "AnalyticsClientLevel.Attendees". */
  operationId: string;
  path: string;
  query?: Record<string, string | number | undefined>;
};

export async function on24Get(t: On24Transport, op: On24Operation): Promise<unknown> {
  const path = withQuery(op.path, op.query);
  const url = `${t.baseUrl}${path}`;
  // Header names exactly as the operations in on24-openapi.json declare them.
  const headers = { accessTokenKey: t.tokenKey, accessTokenSecret: t.tokenSecret, accept: "application/json" };

  for (let attempt = 1; ; attempt++) {
    const remaining = t.deadline === undefined ? Infinity : t.deadline - t.now();
    if (remaining <= 0) throw deadlineError(op, attempt);
    const timeoutSignal = AbortSignal.timeout(Math.max(1, Math.min(t.timeoutMs, remaining)));
    const signal = t.signal ? AbortSignal.any([timeoutSignal, t.signal]) : timeoutSignal;
    const started = t.now();
    let status: number | On24Outcome;
    let classification: On24Classification;
    let value: unknown;
    try {
      const response = await t.fetch(url, { method: "GET", headers, signal });
      const text = await response.text();
      status = response.status;
      const parsed = parseJson(text);
      value = parsed.ok ? parsed.value : text;
      classification =
        response.ok && !parsed.ok ? classifyOn24("malformed") : classifyOn24(status, value, response.headers.get("retry-after"));
    } catch (error) {
      if (t.signal?.aborted) {
        throw stopped(op, "The sync stopped before ON24 answered.", error);
      }
      status = timeoutSignal.aborted ? "timeout" : "network";
      classification = classifyOn24(status);
    }
    const durationMs = t.now() - started;
    t.onCall?.({
      operationId: op.operationId,
      method: "GET",
      path,
      status: reported(status, classification),
      attempt,
      durationMs,
    });
    if (classification.kind === "ok") return value;

    const statusCode = typeof status === "number" ? status : undefined;
    if (!classification.retry || attempt >= t.retry.maxAttempts) throw toError(classification, op, statusCode);
    const base = classification.kind === "throttled" ? t.retry.throttleBaseMs : t.retry.baseMs;
    const wait = classification.waitMs ?? backoffMs(attempt, base, t.retry.capMs, t.random);
    if (t.deadline !== undefined && t.now() + wait >= t.deadline) {
      throw toError(classification, op, statusCode, true);
    }
    try {
      await sleep(wait, t.signal);
    } catch (error) {
      throw stopped(op, "The sync stopped while waiting to retry ON24.", error);
    }
  }
}

function reported(status: number | On24Outcome, c: On24Classification): number | On24Outcome {
  return typeof status === "number" && status < 300 && c.kind !== "ok" ? "malformed" : status;
}

function toError(c: On24Classification, op: On24Operation, status?: number, deadlineReached = false): On24Error {
  // Retryable messages already say the sync will try again, which holds after a deadline too (next run).
  const kind = c.kind === "ok" ? "fatal" : c.kind;
  return new On24Error({
    kind,
    message: c.message,
    retryable: c.retry,
    status,
    operationId: op.operationId,
    detail: c.detail,
    deadlineReached,
  });
}

function stopped(op: On24Operation, message: string, cause: unknown): On24Error {
  return new On24Error({ kind: "retry", retryable: true, message, operationId: op.operationId, cause });
}

function deadlineError(op: On24Operation, attempt: number): On24Error {
  return new On24Error({
    kind: "retry",
    retryable: true,
    deadlineReached: true,
    operationId: op.operationId,
    message: `The time available for this run ran out ${attempt > 1 ? "while retrying ON24" : "before ON24 was called"}. The sync will continue on its next run.`,
  });
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export function withQuery(path: string, query?: On24Operation["query"]): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.set(key, String(value));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
