// Inputs and outputs of the oN24Attendee_c mapping. Structural on purpose: the ON24 client's zod-parsed
// records and the Marketo client's describe both fit these shapes without importing either client.
import type { Region } from "@/db/schema";

export type { Region };

/** An ON24 registrant, attendee or event record: ids may be strings or numbers, unknown keys are kept. */
export type On24Record = Readonly<Record<string, unknown>>;

export interface DescribeField {
  name: string;
  displayName?: string;
  dataType: string;
  length?: number | null;
  updateable?: boolean;
}

export interface DescribeRelationship {
  field: string;
  type?: string;
  /** Marketo's spec says relatedTo; one doc example says object. Both are accepted. */
  relatedTo?: { name?: string; field?: string } | null;
  object?: { name?: string; field?: string } | null;
}

/** GET /rest/v1/customobjects/oN24Attendee_c/describe.json, result[0]. */
export interface CustomObjectDescribe {
  name?: string;
  idField?: string | null;
  dedupeFields?: readonly string[] | null;
  relationships?: readonly DescribeRelationship[] | null;
  fields: readonly DescribeField[];
}

export type Pass = "registrant" | "attendee";

export type WarningCode =
  | "truncated"
  | "too_long"
  | "invalid_email"
  | "invalid_datetime"
  | "invalid_number"
  | "number_out_of_range"
  | "unreadable_value"
  | "type_mismatch";

export interface MappingWarning {
  /** The field as the tenant's describe spells it. */
  field: string;
  code: WarningCode;
  message: string;
}

export type FailureCode =
  | "missing_dedupe_field"
  | "missing_person"
  | "invalid_person_id"
  | "missing_event_id"
  | "invalid_event_id"
  | "missing_event_user_id"
  | "invalid_event_user_id"
  | "id_type_not_allowed";

export type MappedValue = string | number;
export type MappedRecord = Record<string, MappedValue>;

export interface RecordKey {
  /** Canonical base-10 strings: ids are kept as strings internally. */
  eventId: string;
  eventUserId: string;
  pass: Pass;
}

export type MapResult =
  | {
      ok: true;
      record: MappedRecord;
      warnings: MappingWarning[];
      key: RecordKey;
      /** personid|eventid|eventuserid: what Marketo dedupes on (keep one per batch, code 1036). */
      dedupeKey: string;
      /** Stable hash of the record; equal fingerprints mean nothing new to send. */
      fingerprint: string;
    }
  | { ok: false; code: FailureCode; message: string; warnings: MappingWarning[] };
