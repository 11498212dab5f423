import type { MarketoOperation } from "./permissions";

/** Public result types of the Marketo client. Field names follow Marketo's where they exist. */

export type MarketoReason = { code: string; message: string };

/** A lead as returned by a lookup: always an id, plus whichever fields were requested. */
export type MarketoLead = { id: number; email?: string | null; updatedAt?: string; createdAt?: string } & Record<string, unknown>;

export type LeadLookupResult = { email: string; leads: MarketoLead[] };

/** One lead field, from describe (`rest.name`, `!rest.readOnly`) or describe2 (`name`, `updateable`). */
export type LeadField = {
  name: string;
  displayName: string;
  dataType: string;
  length?: number;
  updateable: boolean;
  crmManaged?: boolean;
};

export type LeadDescribe2 = { name: string; searchableFields: string[][]; fields: LeadField[] };

/** `failed` is ours: a record Marketo returned no usable status for, or that was too large to send. */
export type RecordStatus = "created" | "updated" | "skipped" | "failed";

export type LeadSyncAction = "createOnly" | "updateOnly" | "createOrUpdate";

/** Result for `records[index]` of a Sync Leads call; `reasons` carries Marketo's 1xxx codes (1005, 1007…). */
export type LeadSyncRecordResult = { index: number; status: RecordStatus; id?: number; reasons: MarketoReason[] };

export type CustomObjectField = {
  name: string;
  displayName?: string;
  description?: string | null;
  dataType: string;
  length?: number;
  updateable: boolean;
  crmManaged: boolean;
};

/** `relatedTo` is read from `relatedTo` or, as in one guide example, `object`. */
export type CustomObjectRelationship = { field: string; type?: string; relatedTo: { name: string; field: string } | null };

export type CustomObjectDescribe = {
  name: string;
  displayName?: string;
  idField?: string;
  dedupeFields: string[];
  searchableFields: string[][];
  relationships: CustomObjectRelationship[];
  fields: CustomObjectField[];
};

export type CustomObjectRecord = Record<string, unknown>;

/**
 * Result for `records[index]` of a custom-object sync. When several inputs shared a dedupe key they were
 * merged into one record (later values win); each of them gets the merged record's result, and every
 * input after the first carries `mergedInto`: the index of the first input with that key.
 */
export type CustomObjectSyncRecordResult = {
  index: number;
  status: RecordStatus;
  marketoGUID?: string;
  reasons: MarketoReason[];
  mergedInto?: number;
};

export type UsageStats = { date: string; total: number; users: { userId: string; count: number }[] };

/** Reported to `onCall` after every HTTP request the client makes (retries included). */
export type MarketoCallInfo = {
  operation: MarketoOperation;
  method: "GET" | "POST";
  path: string;
  attempt: number;
  /** Undefined when no reply arrived (timeout or network error). */
  httpStatus?: number;
  /** Marketo's error code, "ok", "timeout", "network" or "malformed". */
  code: string;
  durationMs: number;
  /** Identity calls and 601/602/604/605/608/611 replies do not count against the daily quota (DEV/error-codes). */
  countsTowardQuota: boolean;
};
