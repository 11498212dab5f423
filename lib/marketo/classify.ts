import { REQUIRED_PERMISSION, type MarketoOperation } from "./permissions";
import { nextQuotaReset } from "./quota-reset";

/**
 * Pure classification of one Marketo reply. Marketo reports almost every error as HTTP 200 with
 * `success:false` and `errors:[{code, message}]` (DEV/error-codes), so the body decides, not the status.
 * Record-level reasons (`result[].status === "skipped"`) are not errors here: callers keep them per record.
 */

/** 601 token invalid, 602 token expired: get a new token and repeat the call once. */
const REFRESH_CODES = new Set(["601", "602"]);
/** 604 timeout, 606 rate limit, 608 unavailable, 611 system error, 615 concurrency, 713 transient. */
const RETRY_CODES = new Set(["604", "606", "608", "611", "615", "713"]);
/** 610 resource not found (e.g. the custom object does not exist or is not approved), 1013 object not found. */
const NOT_FOUND_CODES = new Set(["610", "1013"]);
/** Gateway failures: Adobe says 502 "should be retried with exponential backoff"; 503/504 are the same family. */
const RETRY_HTTP = new Set([502, 503, 504]);

export type MarketoVerdict =
  | { action: "ok" }
  | { action: "refresh-token"; code: string; message: string }
  | { action: "retry"; code: string; message: string }
  | { action: "quota-exhausted"; code: "607"; message: string; resumeAt: Date }
  | { action: "access-denied"; code: "603"; message: string; permission: string | null }
  | { action: "not-found"; code: string; message: string }
  | { action: "auth-failed"; code: string; message: string }
  | { action: "fatal"; code: string; message: string };

export type ClassifyContext = { operation?: MarketoOperation; now?: number };

type ErrorItem = { code?: unknown; message?: unknown };

export function classifyMarketo(httpStatus: number, body: unknown, context: ClassifyContext = {}): MarketoVerdict {
  if (RETRY_HTTP.has(httpStatus)) {
    return { action: "retry", code: `HTTP ${httpStatus}`, message: `Marketo's gateway answered HTTP ${httpStatus}.` };
  }
  if (httpStatus === 401) {
    return {
      action: "auth-failed",
      code: "HTTP 401",
      message: "Marketo rejected the Client ID or Client Secret. Copy both again from Admin > LaunchPoint > View Details.",
    };
  }
  if (httpStatus === 413) return { action: "fatal", code: "HTTP 413", message: "The request was larger than Marketo's 1 MB limit." };
  if (httpStatus === 414) return { action: "fatal", code: "HTTP 414", message: "The request URL was longer than Marketo's 8 KB limit." };
  if (httpStatus < 200 || httpStatus >= 300) {
    return { action: "fatal", code: `HTTP ${httpStatus}`, message: `Marketo answered with HTTP ${httpStatus}.` };
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    // A cut-off or non-JSON 200 (proxy page, truncated stream): nothing was learned, so try again.
    return { action: "retry", code: "malformed", message: "Marketo sent a reply that is not valid JSON." };
  }
  const record = body as { success?: unknown; errors?: unknown; access_token?: unknown };
  if (context.operation === "identity") {
    if (typeof record.access_token === "string" && record.access_token) return { action: "ok" };
    return { action: "auth-failed", code: "no-token", message: "Marketo's Identity service returned no access token." };
  }
  if (record.success === true) return { action: "ok" };
  const first = (Array.isArray(record.errors) ? (record.errors[0] as ErrorItem | undefined) : undefined) ?? {};
  if (record.success !== false || first.code === undefined) {
    return { action: "retry", code: "malformed", message: "Marketo sent a reply without success or error information." };
  }
  const code = String(first.code);
  const marketoMessage = typeof first.message === "string" && first.message ? first.message : "no message";
  return classifyCode(code, marketoMessage, context);
}

function classifyCode(code: string, marketoMessage: string, context: ClassifyContext): MarketoVerdict {
  const described = `Marketo error ${code}: ${marketoMessage}`;
  if (REFRESH_CODES.has(code)) return { action: "refresh-token", code, message: described };
  if (RETRY_CODES.has(code)) return { action: "retry", code, message: described };
  if (code === "607") {
    const resumeAt = nextQuotaReset(context.now ?? Date.now());
    return {
      action: "quota-exhausted",
      code,
      resumeAt,
      message: `Marketo's daily API quota is used up (error 607). It resets at midnight US Central time (${resumeAt.toISOString()}).`,
    };
  }
  if (code === "603") {
    const permission = context.operation ? REQUIRED_PERMISSION[context.operation] : null;
    const missing = permission
      ? `The API role of this LaunchPoint service is probably missing the "${permission}" permission`
      : "The API role of this LaunchPoint service is missing a permission";
    return {
      action: "access-denied",
      code,
      permission,
      message: `Marketo denied access (error 603). ${missing}, or an IP allowlist for API access blocks this service.`,
    };
  }
  if (NOT_FOUND_CODES.has(code)) return { action: "not-found", code, message: described };
  return { action: "fatal", code, message: described };
}
