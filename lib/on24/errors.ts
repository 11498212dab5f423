/** What went wrong with an ON24 call, in terms the sync and the portal act on. */
export type On24ErrorKind = "auth" | "throttled" | "config" | "not_found" | "retry" | "fatal";

export type On24ErrorInit = {
  kind: On24ErrorKind;
  /** Worded for a marketer; safe to show in the portal and in emails. */
  message: string;
  /** Whether trying again later can succeed (the sync keeps its checkpoint and retries next run). */
  retryable: boolean;
  status?: number;
  operationId?: string;
  /** ON24's own message, for support (never contains secrets). */
  detail?: string;
  /** Set when retries stopped because the caller's deadline would have been passed. */
  deadlineReached?: boolean;
  cause?: unknown;
};

export class On24Error extends Error {
  readonly kind: On24ErrorKind;
  readonly retryable: boolean;
  readonly status?: number;
  readonly operationId?: string;
  readonly detail?: string;
  readonly deadlineReached: boolean;

  constructor(init: On24ErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = "On24Error";
    this.kind = init.kind;
    this.retryable = init.retryable;
    this.status = init.status;
    this.operationId = init.operationId;
    this.detail = init.detail;
    this.deadlineReached = init.deadlineReached ?? false;
  }
}

export function isOn24Error(error: unknown): error is On24Error {
  return error instanceof On24Error;
}
