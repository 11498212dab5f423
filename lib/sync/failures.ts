// What an error means for the run. A batch Marketo refuses as a whole after the client's retries is
// recorded record by record and the run goes on; these stop the run: a deadline or a transient outage
// (resume next run), 607 (pause until the quota resets), a credential or permission failure (the
// connection is broken until someone saves it again), or another run taking over the checkpoint.
import { PROCESS_ERROR_CODES } from "@/lib/activity/sync-codes";
import { ConnectionIncompleteError } from "@/lib/connection/load";
import { MarketoError } from "@/lib/marketo/errors";
import { nextQuotaReset } from "@/lib/marketo/quota-reset";
import { On24Error } from "@/lib/on24/errors";
import { CheckpointConflict } from "./checkpoints";

export type Stop =
  | { kind: "deadline"; message: string }
  | { kind: "transient"; code: string; message: string }
  | { kind: "paused"; until: Date; code: string; message: string }
  | { kind: "broken"; code: string; message: string }
  | { kind: "conflict"; message: string }
  | { kind: "failed"; code: string; message: string };

const RESAVE = "Syncing is stopped for this workspace until the connection is fixed and saved again.";
const UNEXPECTED = "An unexpected problem stopped this run. Support can see the details; the next run starts again from the last checkpoint.";

/** Marketo refused one batch (or one call of it) as a whole; record its records as failed and go on. */
export function isRecordLevelError(error: unknown): error is MarketoError {
  return error instanceof MarketoError && (error.kind === "retryable" || error.kind === "fatal" || error.kind === "request-too-large");
}

export function classifyStop(error: unknown, now: number): Stop {
  if (error instanceof CheckpointConflict) return { kind: "conflict", message: error.message };
  if (error instanceof MarketoError) return marketoStop(error, now);
  if (error instanceof On24Error) return on24Stop(error);
  if (error instanceof ConnectionIncompleteError) {
    return { kind: "broken", code: PROCESS_ERROR_CODES.NOT_CONFIGURED, message: `${error.message} ${RESAVE}` };
  }
  return { kind: "failed", code: PROCESS_ERROR_CODES.INTERNAL_ERROR, message: UNEXPECTED };
}

function marketoStop(error: MarketoError, now: number): Stop {
  switch (error.kind) {
    case "deadline":
      return { kind: "deadline", message: error.message };
    case "quota-exhausted": {
      const until = error.resumeAt ?? nextQuotaReset(now);
      return { kind: "paused", until, code: error.code ?? "607", message: error.message };
    }
    case "auth-failed":
    case "host-refused":
      return { kind: "broken", code: PROCESS_ERROR_CODES.MARKETO_AUTH_FAILED, message: `${error.message} ${RESAVE}` };
    case "access-denied":
      return { kind: "broken", code: error.code ?? "603", message: `${error.message} ${RESAVE}` };
    case "not-found":
      return {
        kind: "broken",
        code: error.code ?? "610",
        message: `Marketo says the ON24 Attendee custom object (oN24Attendee_c) is missing or not approved. ${RESAVE}`,
      };
    case "retryable":
      return { kind: "transient", code: PROCESS_ERROR_CODES.MARKETO_UNAVAILABLE, message: error.message };
    default:
      return { kind: "failed", code: error.code ?? PROCESS_ERROR_CODES.INTERNAL_ERROR, message: error.message };
  }
}

function on24Stop(error: On24Error): Stop {
  if (error.deadlineReached) return { kind: "deadline", message: error.message };
  switch (error.kind) {
    case "auth":
    case "config":
    case "not_found":
      return { kind: "broken", code: PROCESS_ERROR_CODES.ON24_AUTH_FAILED, message: `${error.message} ${RESAVE}` };
    case "throttled":
      return { kind: "transient", code: PROCESS_ERROR_CODES.ON24_RATE_LIMITED, message: error.message };
    case "retry":
      return { kind: "transient", code: PROCESS_ERROR_CODES.ON24_UNAVAILABLE, message: error.message };
    default:
      return { kind: "failed", code: PROCESS_ERROR_CODES.ON24_UNAVAILABLE, message: error.message };
  }
}
