// C2: which table fields this tenant's object really has, under the name its describe spells, with the
// length limit that applies (C3: the smaller of the table's and the describe's).
import { ATTENDEE_FIELDS } from "@/lib/sync/fields/attendee-fields";
import { dataTypeOf, STRING_DEFAULT_LENGTH } from "@/lib/sync/fields/data-types";
import type { AttendeeFieldSpec } from "@/lib/sync/fields/field-spec";
import type { CustomObjectDescribe, DescribeField } from "./types";

export interface PlannedField {
  spec: AttendeeFieldSpec;
  /** Exactly as the tenant's describe spells it; this is the key we send. */
  name: string;
  /** Lower-cased describe dataType. */
  dataType: string;
  /** Character limit for text-like values, or null when neither side sets one. */
  limit: number | null;
}

export interface ObjectPlan {
  /** Writable table fields the object defines, in table order. */
  fields: readonly PlannedField[];
  byApiName: ReadonlyMap<string, PlannedField>;
}

/** Matches a table field to a describe field: exact spelling first, then case-insensitively. */
export function findDescribeField(spec: AttendeeFieldSpec, fields: readonly DescribeField[]): DescribeField | undefined {
  for (const accepted of spec.acceptedNames) {
    const exact = fields.find((f) => f.name === accepted);
    if (exact) return exact;
    const loose = fields.find((f) => f.name.trim().toLowerCase() === accepted);
    if (loose) return loose;
  }
  return undefined;
}

export function charLimit(spec: AttendeeFieldSpec, field: DescribeField): number | null {
  const reported = typeof field.length === "number" && field.length > 0 ? field.length : null;
  const fromDescribe = reported ?? (dataTypeOf(field) === "string" ? STRING_DEFAULT_LENGTH : null);
  const limits = [spec.maxLength, fromDescribe].filter((n): n is number => n !== null);
  return limits.length === 0 ? null : Math.min(...limits);
}

export function planObject(describe: CustomObjectDescribe): ObjectPlan {
  const fields: PlannedField[] = [];
  for (const spec of ATTENDEE_FIELDS) {
    const field = findDescribeField(spec, describe.fields);
    // Dedupe fields often read updateable:false once approved, yet every upsert must carry them.
    if (!field || (field.updateable === false && !spec.dedupe)) continue;
    fields.push({ spec, name: field.name, dataType: dataTypeOf(field), limit: charLimit(spec, field) });
  }
  return { fields, byApiName: new Map(fields.map((f) => [f.spec.apiName, f])) };
}

const PLANS = new WeakMap<CustomObjectDescribe, ObjectPlan>();

/** The engine maps thousands of records against one describe object; plan it once. */
export function planFor(describe: CustomObjectDescribe): ObjectPlan {
  let plan = PLANS.get(describe);
  if (!plan) {
    plan = planObject(describe);
    PLANS.set(describe, plan);
  }
  return plan;
}
