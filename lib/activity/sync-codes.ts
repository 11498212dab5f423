/**
 * Our own outcome and process codes (lower_snake), shared with the sync engine: it writes them into
 * record_outcomes.code and processes.error_code, and lib/activity/explain-code.ts explains each one.
 * Marketo's own numeric codes ("1004", "607"…) are written as Marketo sent them.
 */

/** Why a record was skipped: not an error, nothing for Marketo to do. */
export const SKIP_CODES = {
  /** No Marketo person has this email and Create New People is off. */
  PERSON_NOT_FOUND: "person_not_found",
  /** The registration has no email address, so no person can be found or created. */
  NO_EMAIL: "no_email",
  /** The event is a Virtual Conference and support has not enabled Virtual Conference for the workspace. */
  VIRTUAL_CONFERENCE_DISABLED: "virtual_conference_disabled",
} as const;

/** Written, but something was left out or chosen for the customer. */
export const WARNING_CODES = {
  TRUNCATED: "truncated",
  TOO_LONG: "too_long",
  INVALID_EMAIL: "invalid_email",
  INVALID_DATETIME: "invalid_datetime",
  INVALID_NUMBER: "invalid_number",
  NUMBER_OUT_OF_RANGE: "number_out_of_range",
  UNREADABLE_VALUE: "unreadable_value",
  TYPE_MISMATCH: "type_mismatch",
  /** Several Marketo people share the email; the most recently updated one was used. */
  MULTIPLE_LEADS: "multiple_leads",
} as const;

/** The record could not be written; the outcome row says why. */
export const FAILURE_CODES = {
  MISSING_DEDUPE_FIELD: "missing_dedupe_field",
  MISSING_PERSON: "missing_person",
  INVALID_PERSON_ID: "invalid_person_id",
  MISSING_EVENT_ID: "missing_event_id",
  INVALID_EVENT_ID: "invalid_event_id",
  MISSING_EVENT_USER_ID: "missing_event_user_id",
  INVALID_EVENT_USER_ID: "invalid_event_user_id",
  ID_TYPE_NOT_ALLOWED: "id_type_not_allowed",
  /** Marketo answered the record with no reason code at all. */
  REJECTED_WITHOUT_REASON: "rejected_without_reason",
  /** A replay could not find what it needs to send the record again. */
  REPLAY_SOURCE_MISSING: "replay_source_missing",
} as const;

/** Why a whole process stopped (processes.error_code), besides Marketo's 60x codes. */
export const PROCESS_ERROR_CODES = {
  MARKETO_AUTH_FAILED: "marketo_auth_failed",
  ON24_AUTH_FAILED: "on24_auth_failed",
  ON24_RATE_LIMITED: "on24_rate_limited",
  ON24_UNAVAILABLE: "on24_unavailable",
  MARKETO_UNAVAILABLE: "marketo_unavailable",
  NOT_CONFIGURED: "not_configured",
  INTERNAL_ERROR: "internal_error",
} as const;

/** Earlier names for the same meaning, so rows written with them still get the right explanation. */
export const CODE_ALIASES: Readonly<Record<string, string>> = {
  skipped_create_off: SKIP_CODES.PERSON_NOT_FOUND,
};

type Values<T> = T[keyof T];
export type SkipCode = Values<typeof SKIP_CODES>;
export type WarningCode = Values<typeof WARNING_CODES>;
export type FailureCode = Values<typeof FAILURE_CODES>;
export type ProcessErrorCode = Values<typeof PROCESS_ERROR_CODES>;
export type SyncCode = SkipCode | WarningCode | FailureCode | ProcessErrorCode;

export const ALL_SYNC_CODES: readonly SyncCode[] = [
  ...Object.values(SKIP_CODES),
  ...Object.values(WARNING_CODES),
  ...Object.values(FAILURE_CODES),
  ...Object.values(PROCESS_ERROR_CODES),
];
