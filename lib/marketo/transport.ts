import type { z } from "zod";
import { backoffDelay, deadlineError, sleepWithin, type RetryPolicy } from "./backoff";
import { classifyMarketo, type MarketoVerdict } from "./classify";
import { MarketoError } from "./errors";
import { checkMarketoHost } from "./host-rule";
import type { MarketoLimiter } from "./limiter";
import { MAX_BODY_BYTES, MAX_URL_BYTES } from "./limits";
import { READ_OPERATIONS, type MarketoOperation } from "./permissions";
import { tokenSchema } from "./schemas";
import type { TokenCache } from "./token";
import type { MarketoCallInfo } from "./types";

/**
 * One Marketo call with everything around it: host rule, token, limiter slot, timeout, classification
 * and retries. Reads are retried on every transient failure. A write whose outcome is unknown (no reply,
 * a gateway 5xx, 604, a garbled reply) may already have been applied; it is re-sent at most
 * `maxUnknownOutcomeRetries` times, which is safe only because every write this client makes is
 * idempotent: custom-object `createOrUpdate` by dedupe key, and lead `createOnly`/`updateOnly`, which on a
 * repeat answer 1005 "already exists" / "updated" instead of creating a duplicate. 6xx replies such as
 * 606/615 mean Marketo did not execute the request (DEV/error-codes), so those are retried like reads.
 */

/** Marketo's own server-side timeouts per endpoint (DEV/leads, DEV/custom-objects "Timeouts"). */
const DEFAULT_TIMEOUT_MS: Record<MarketoOperation, number> = {
  identity: 30_000,
  describeLeads: 30_000,
  describeLeads2: 30_000,
  lookupLeads: 60_000,
  syncLeads: 90_000,
  describeCustomObject: 30_000,
  syncCustomObjects: 120_000,
  usage: 30_000,
};
/** Replies with these codes "are not counted against your daily quota" (DEV/error-codes, the * rows). */
const UNCOUNTED_CODES = new Set(["601", "602", "604", "605", "608", "611"]);
const UNKNOWN_OUTCOME_CODES = new Set(["604", "malformed", "timeout", "network"]);

export type MarketoRequest = {
  operation: MarketoOperation;
  method: "GET" | "POST";
  path: string;
  query?: Record<string, string>;
  json?: unknown;
  form?: Record<string, string>;
};

export type TransportOptions = {
  origin: string;
  clientId: string;
  clientSecret: string;
  fetch: typeof fetch;
  limiter: MarketoLimiter;
  tokens: TokenCache;
  retry: RetryPolicy;
  allowTestEndpoints: boolean;
  timeoutMs?: number;
  deadline?: number;
  onCall?: (info: MarketoCallInfo) => void;
  now: () => number;
};

type Reply = { kind: "reply"; status: number; body: unknown } | { kind: "no-reply"; code: "timeout" | "network"; error: unknown };

export type Transport = { call<S extends z.ZodType>(request: MarketoRequest, schema: S): Promise<z.infer<S>> };

export function createTransport(options: TransportOptions): Transport {
  const { retry, now } = options;
  const tokenKey = { origin: options.origin, clientId: options.clientId, clientSecret: options.clientSecret };

  const issueToken = async () => {
    const reply = await call(
      {
        operation: "identity",
        method: "GET",
        path: "/identity/oauth/token",
        // The only documented form: the three values as query parameters (SPEC-id). Never log this URL.
        query: { grant_type: "client_credentials", client_id: options.clientId, client_secret: options.clientSecret },
      },
      tokenSchema,
    );
    return { accessToken: reply.access_token, expiresInSeconds: reply.expires_in };
  };

  async function call<S extends z.ZodType>(request: MarketoRequest, schema: S): Promise<z.infer<S>> {
    const hostCheck = checkMarketoHost(options.origin, { allowTestEndpoints: options.allowTestEndpoints });
    if (!hostCheck.ok) throw new MarketoError("host-refused", hostCheck.message, { operation: request.operation });
    const isWrite = !READ_OPERATIONS.has(request.operation);
    let refreshed = false;
    let unknownOutcomeRetries = 0;
    for (let attempt = 1; ; attempt++) {
      if (options.deadline !== undefined && now() >= options.deadline) throw deadlineError("before a Marketo call");
      const token = request.operation === "identity" ? undefined : await options.tokens.get(tokenKey, issueToken);
      const reply = await send(request, attempt, token);
      const verdict: MarketoVerdict =
        reply.kind === "reply"
          ? classifyMarketo(reply.status, reply.body, { operation: request.operation, now: now() })
          : { action: "retry", code: reply.code, message: reply.code === "timeout" ? "Marketo did not answer in time." : "Marketo could not be reached." };

      if (verdict.action === "ok") {
        const parsed = schema.safeParse((reply as { body: unknown }).body);
        if (parsed.success) return parsed.data;
        throw new MarketoError("fatal", `Marketo's reply to ${request.operation} had an unexpected shape.`, {
          operation: request.operation,
          code: "unexpected-shape",
        });
      }
      if (verdict.action === "refresh-token" && token && !refreshed) {
        options.tokens.invalidate(tokenKey, token);
        refreshed = true;
        continue;
      }
      if (verdict.action === "retry") {
        const unknownOutcome = isWrite && (UNKNOWN_OUTCOME_CODES.has(verdict.code) || verdict.code.startsWith("HTTP "));
        const outOfRetries = attempt >= retry.maxAttempts || (unknownOutcome && unknownOutcomeRetries >= retry.maxUnknownOutcomeRetries);
        if (outOfRetries) {
          throw new MarketoError(
            "retryable",
            `${verdict.message} Gave up after ${attempt} attempt(s); the next run will try again.`,
            { operation: request.operation, code: verdict.code, cause: reply.kind === "no-reply" ? reply.error : undefined },
          );
        }
        if (unknownOutcome) unknownOutcomeRetries += 1;
        await sleepWithin(backoffDelay(attempt, verdict.code, retry), options.deadline, now);
        continue;
      }
      throw toError(verdict, request.operation);
    }
  }

  async function send(request: MarketoRequest, attempt: number, token: string | undefined): Promise<Reply> {
    const { url, init } = buildRequest(options.origin, request, token);
    const limited = request.operation !== "identity"; // Identity calls do not count towards the limits (SPEC-id).
    const release = limited ? await options.limiter.acquire({ deadline: options.deadline }) : () => {};
    const started = now();
    let reply: Reply;
    try {
      const budget = options.deadline === undefined ? Infinity : options.deadline - started;
      if (budget <= 0) throw deadlineError("before a Marketo call");
      const timeout = Math.min(options.timeoutMs ?? DEFAULT_TIMEOUT_MS[request.operation], budget);
      const response = await options.fetch(url, { ...init, signal: AbortSignal.timeout(timeout) });
      const text = await response.text();
      reply = { kind: "reply", status: response.status, body: parseJson(text) };
    } catch (error) {
      if (error instanceof MarketoError) throw error;
      const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
      reply = { kind: "no-reply", code: timedOut ? "timeout" : "network", error };
    } finally {
      release();
    }
    const code = replyCode(reply);
    options.onCall?.({
      operation: request.operation,
      method: request.method,
      path: request.path,
      attempt,
      httpStatus: reply.kind === "reply" ? reply.status : undefined,
      code,
      durationMs: now() - started,
      countsTowardQuota: limited && !UNCOUNTED_CODES.has(code),
    });
    return reply;
  }

  return { call };
}

function buildRequest(origin: string, request: MarketoRequest, token: string | undefined) {
  const query = request.query ? `?${new URLSearchParams(request.query).toString()}` : "";
  const url = `${origin}${request.path}${query}`;
  if (Buffer.byteLength(url) > MAX_URL_BYTES) {
    throw new MarketoError("request-too-large", "The request URL would exceed Marketo's 8 KB limit; it was not sent.", {
      operation: request.operation,
    });
  }
  const headers: Record<string, string> = { Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: string | undefined;
  if (request.json !== undefined) {
    body = JSON.stringify(request.json);
    headers["Content-Type"] = "application/json";
  } else if (request.form) {
    body = new URLSearchParams(request.form).toString();
    headers["Content-Type"] = "application/x-www-form-urlencoded";
  }
  if (body !== undefined && Buffer.byteLength(body) > MAX_BODY_BYTES) {
    throw new MarketoError("request-too-large", "The request body would exceed Marketo's 1 MB limit; it was not sent.", {
      operation: request.operation,
    });
  }
  return { url, init: { method: request.method, headers, body } satisfies RequestInit };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function replyCode(reply: Reply): string {
  if (reply.kind === "no-reply") return reply.code;
  const body = reply.body as { success?: unknown; errors?: { code?: unknown }[]; access_token?: unknown } | undefined;
  if (reply.status < 200 || reply.status >= 300) return `HTTP ${reply.status}`;
  if (body === undefined) return "malformed";
  if (body.success === false && Array.isArray(body.errors) && body.errors[0]?.code !== undefined) return String(body.errors[0].code);
  return "ok";
}

function toError(verdict: Exclude<MarketoVerdict, { action: "ok" | "retry" }>, operation: MarketoOperation): MarketoError {
  const details = { operation, code: verdict.code };
  switch (verdict.action) {
    case "refresh-token":
      return new MarketoError("auth-failed", `Marketo rejected a freshly issued access token (${verdict.message}).`, details);
    case "quota-exhausted":
      return new MarketoError("quota-exhausted", verdict.message, { ...details, resumeAt: verdict.resumeAt });
    case "access-denied":
      return new MarketoError("access-denied", verdict.message, { ...details, permission: verdict.permission });
    case "not-found":
      return new MarketoError("not-found", verdict.message, details);
    case "auth-failed":
      return new MarketoError("auth-failed", verdict.message, details);
    case "fatal":
      return new MarketoError(verdict.code === "HTTP 413" || verdict.code === "HTTP 414" ? "request-too-large" : "fatal", verdict.message, details);
  }
}
