// Where a field's raw value comes from: a deriver for computed fields, else the first non-empty of the
// table's source paths ("a | b" = first non-empty, in that order, among the records being written).
import type { AttendeeFieldSpec } from "@/lib/sync/fields/field-spec";
import { DERIVERS } from "./derive/derivers";
import type { RawValue, SourceContext } from "./raw-value";
import { isBlank, readPath } from "./values";

export function hasSource(spec: AttendeeFieldSpec): boolean {
  return DERIVERS.has(spec.apiName) || spec.sourcePaths !== null;
}

export function rawValueFor(spec: AttendeeFieldSpec, ctx: SourceContext): RawValue {
  const derive = DERIVERS.get(spec.apiName);
  if (derive) return derive(ctx);
  for (const source of spec.sourcePaths ?? []) {
    const value = readPath(ctx[source.record], source.path);
    if (!isBlank(value)) return value;
  }
  return undefined;
}
