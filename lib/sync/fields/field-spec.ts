// Shapes of the field tables generated from ../shared/reference/*.tsv by generate.ts.

/**
 * The type the field table asks for. "id" is the region-dependent type of eventid/eventuserid:
 * North America may declare Integer or String, Europe/Global must declare String.
 */
export type MarketoType = "link" | "id" | "email" | "integer" | "float" | "string" | "text" | "datetime";

/** Which part of the ON24 data a field describes; used to group hints for marketers. */
export type FieldGroup =
  | "key"
  | "contact"
  | "registration"
  | "attendance"
  | "engagement"
  | "questions"
  | "polls"
  | "surveys"
  | "resources"
  | "ctas"
  | "breakouts"
  | "locations"
  | "widgets"
  | "certification";

/** A plain ON24 path such as attendee.certifications[0].certificationresult. */
export interface SourcePath {
  record: "attendee" | "registrant" | "event";
  path: readonly (string | number)[];
}

export interface AttendeeFieldSpec {
  /** The API name we recommend (and put in the setup CSV). */
  apiName: string;
  /** The name as the seed guide spells it (one has a space). */
  seedName: string;
  /** Lower-cased names that resolve to this field in a tenant's describe. */
  acceptedNames: readonly string[];
  displayName: string;
  description: string;
  /** The table's `source` column, for people reading the data. */
  source: string;
  marketoType: MarketoType;
  /** Characters for string/text/email (and id stored as string). */
  maxLength: number | null;
  /** Digits for integer/link (and id stored as integer). */
  maxDigits: number | null;
  required: boolean;
  dedupe: boolean;
  /** False for emails, URLs and IDs: C3 says omit (or fail) rather than cut them. */
  truncatable: boolean;
  /** Written by the registrant pass too (MAPPING-NOTES §2); everything else is attendee-derived. */
  registrantPass: boolean;
  group: FieldGroup;
  /** Worth suggesting when missing: the guide's smart campaigns or common reporting rely on it. */
  valuable: boolean;
  /** Null when the value is derived in code (slots, widgets, computed flags, ids). */
  sourcePaths: readonly SourcePath[] | null;
}

export interface LeadFieldSpec {
  /** The ON24 name in the seed's table (e.g. job_title), or "ON24" for the constant. */
  seedName: string;
  /** ON24 keys in order of preference; empty for the constant. */
  sources: readonly SourcePath[];
  /** The Marketo lead field's REST name. */
  marketoField: string;
  rule: string;
}
