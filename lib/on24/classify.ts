import type { On24ErrorKind } from "./errors";

/**
 * Pure classification of one ON24 answer (or a failure to get one). ON24 reports its call limit as
 * 403 "You have reached the maximum number of calls…" (some say 429), so 403s are told apart by message:
 * the throttle is waited out, every other 403 is a setting the customer has to fix.
 */

export type On24Outcome = "timeout" | "network" | "malformed";

export type On24Classification = {
  kind: "ok" | On24ErrorKind;
  retry: boolean;
  /** Only when ON24 said how long to wait (Retry-After); otherwise the caller's backoff decides. */
  waitMs?: number;
  /** Worded for a marketer. */
  message: string;
  /** ON24's own message, when it sent one. */
  detail?: string;
};

const THROTTLE_PATTERN = /maximum number of calls/i;
const MAX_RETRY_AFTER_MS = 5 * 60_000;

export function classifyOn24(status: number | On24Outcome, body?: unknown, retryAfter?: string | null): On24Classification {
  const detail = typeof status === "number" ? on24Message(body) : undefined;
  const withDetail = (c: Omit<On24Classification, "detail">): On24Classification => (detail ? { ...c, detail } : c);

  if (status === "timeout")
    return { kind: "retry", retry: true, message: "ON24 did not answer in time. The sync will try again." };
  if (status === "network") return { kind: "retry", retry: true, message: "ON24 could not be reached. The sync will try again." };
  if (status === "malformed") {
    return { kind: "retry", retry: true, message: "ON24 sent a response that could not be read. The sync will try again." };
  }
  if (status >= 200 && status < 300) return { kind: "ok", retry: false, message: "OK" };
  if (status === 401) return withDetail({ kind: "auth", retry: false, message: authMessage(detail) });
  if (status === 429 || (status === 403 && detail && THROTTLE_PATTERN.test(detail))) {
    const waitMs = parseRetryAfter(retryAfter);
    return withDetail({
      kind: "throttled",
      retry: true,
      ...(waitMs === undefined ? {} : { waitMs }),
      message: "ON24's limit on API calls was reached. The sync is waiting and will continue automatically.",
    });
  }
  if (status === 403) return withDetail({ kind: "config", retry: false, message: forbiddenMessage(detail) });
  if (status === 404) return withDetail({ kind: "not_found", retry: false, message: notFoundMessage(detail) });
  if (status === 408 || status >= 500) {
    return withDetail({
      kind: "retry",
      retry: true,
      message: `ON24 had a temporary problem (HTTP ${status}). The sync will try again.`,
    });
  }
  return withDetail({
    kind: "fatal",
    retry: false,
    message: `ON24 rejected the request (HTTP ${status})${detail ? `: ${detail}` : ""}. Please contact support if this continues.`,
  });
}

/** ON24 error bodies are `{"message": "..."}`; anything else yields no message. */
export function on24Message(body: unknown): string | undefined {
  if (typeof body === "string") {
    try {
      return on24Message(JSON.parse(body));
    } catch {
      return body.trim() ? body.trim().slice(0, 300) : undefined;
    }
  }
  if (body && typeof body === "object" && typeof (body as { message?: unknown }).message === "string") {
    return (body as { message: string }).message;
  }
  return undefined;
}

function authMessage(detail?: string): string {
  if (detail && /deactivated/i.test(detail)) {
    return (
      "ON24 says this access token is deactivated (ON24 disables tokens that go unused for 60 days). " +
      "Create a new token in ON24 under Platform Tools → Integrations → API Tokens and enter it here."
    );
  }
  if (detail && /must contain both/i.test(detail)) {
    return "ON24 needs both the access token key and the access token secret. Enter both and try again.";
  }
  return (
    "ON24 did not accept the access token key and secret. Check that both were copied completely and belong to " +
    "this ON24 account, or create a new token in ON24 under Platform Tools → Integrations → API Tokens " +
    "(tokens unused for 60 days are deactivated)."
  );
}

function forbiddenMessage(detail?: string): string {
  if (detail && /client id .* is inactive/i.test(detail)) {
    return "This ON24 account is inactive, so ON24 refuses its data. Check the client ID, or ask ON24 to reactivate the account.";
  }
  if (detail && /event .* is inactive/i.test(detail)) {
    return "This ON24 event is inactive, so ON24 does not share its data. Reactivate it in ON24 if it should be synced.";
  }
  if (detail && /not an elite user/i.test(detail)) {
    return "This ON24 account does not include the ON24 Elite features this data needs. Ask your ON24 account manager.";
  }
  if (detail && /not enabled/i.test(detail)) return `ON24 has not enabled this for your account: ${detail}`;
  return (
    "ON24 refused access. Check that the client ID is the one shown in ON24 for the account that created the " +
    "token, and that the token was created with access to all endpoints."
  );
}

function notFoundMessage(detail?: string): string {
  if (detail && /client .* doesn't exist/i.test(detail)) {
    return "ON24 has no account with this client ID. Check the client ID in ON24 and enter it again.";
  }
  if (detail && /event .* doesn't exist/i.test(detail)) return "ON24 has no event with this ID; it may have been deleted.";
  if (detail && /(registrant|attendant|attendee)/i.test(detail)) return "ON24 has no matching registrant or attendee.";
  return "ON24 could not find what was asked for.";
}

function parseRetryAfter(value?: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now();
  if (!Number.isFinite(ms) || ms < 0) return undefined;
  return Math.min(ms, MAX_RETRY_AFTER_MS);
}
