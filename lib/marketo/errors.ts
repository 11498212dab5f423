import type { MarketoOperation } from "./permissions";

/**
 * The one error type the Marketo client throws. `kind` drives what the sync does next; `message` is
 * written for a marketer (it never contains a token, a secret or a full Identity URL).
 */
export type MarketoErrorKind =
  | "auth-failed" // wrong client id/secret (Identity 401) or a token Marketo keeps rejecting
  | "access-denied" // 603: a missing role permission (see `permission`) or an IP allowlist
  | "not-found" // 610 / 1013 / empty describe: e.g. the custom object is missing or not approved
  | "quota-exhausted" // 607: stop until `resumeAt` (midnight US Central)
  | "retryable" // a transient failure that outlived its retries: try again on the next run
  | "deadline" // the caller's deadline would have passed while waiting: try again on the next run
  | "host-refused" // the host fails the Marketo host rule: nothing was sent
  | "request-too-large" // over the 1 MB body or 8 KB URL limit: nothing was sent
  | "fatal"; // anything else Marketo refused, with its code and message

const LATER_KINDS: ReadonlySet<MarketoErrorKind> = new Set(["retryable", "deadline", "quota-exhausted"]);

export class MarketoError extends Error {
  readonly kind: MarketoErrorKind;
  readonly code?: string;
  readonly operation?: MarketoOperation;
  readonly resumeAt?: Date;
  readonly permission?: string | null;

  constructor(
    kind: MarketoErrorKind,
    message: string,
    details: { code?: string; operation?: MarketoOperation; resumeAt?: Date; permission?: string | null; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "MarketoError";
    this.kind = kind;
    this.code = details.code;
    this.operation = details.operation;
    this.resumeAt = details.resumeAt;
    this.permission = details.permission;
  }

  /** True when the same call may succeed later without anyone changing the configuration. */
  get retryable(): boolean {
    return LATER_KINDS.has(this.kind);
  }
}

export function isMarketoError(error: unknown): error is MarketoError {
  return error instanceof MarketoError;
}
