import type { ValidateFunction } from "ajv";
import type { Operation, ParamSpec } from "./openapi-operations";
import { createAjv, validateWith } from "./schema-validator";

export type ParamValues = {
  /** Query parameters (for Marketo's `_method=GET` form, the form fields merged in). */
  query: URLSearchParams;
  path: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
};

// Query and path values arrive as text: coerce "12" to 12 before checking `type: integer`, as a server would.
const ajv = createAjv({ coerceTypes: true });
const validators = new WeakMap<ParamSpec, ValidateFunction>();

/**
 * Checks a request's parameters against one operation: every query name is declared (unknown names are
 * violations), required query/path/header parameters are present, values fit their declared type, format
 * and enum. Header names compare case-insensitively (HTTP says so); query names compare exactly as declared.
 */
export function checkParameters(op: Operation, values: ParamValues): string[] {
  const violations: string[] = [];
  const declaredQuery = new Set(op.params.filter((p) => p.location === "query").map((p) => p.name));
  for (const name of new Set(values.query.keys())) {
    if (!declaredQuery.has(name)) violations.push(`unknown query parameter "${name}" (not declared for ${op.id})`);
  }
  for (const param of op.params) {
    if (param.location === "query") violations.push(...checkValue(param, queryValue(param, values.query)));
    if (param.location === "path") violations.push(...checkValue(param, values.path[param.name]));
    if (param.location === "header" && param.required && values.headers[param.name.toLowerCase()] === undefined) {
      violations.push(`missing required header "${param.name}" (${op.id})`);
    }
  }
  return violations;
}

function queryValue(param: ParamSpec, query: URLSearchParams): string | string[] | undefined {
  const all = query.getAll(param.name);
  if (all.length === 0) return undefined;
  if (param.arrayStyle === "multi") return all;
  if (param.arrayStyle === "csv") return all.join(",").split(",");
  return all.length === 1 ? all[0] : all; // a repeated scalar fails the type check below
}

function checkValue(param: ParamSpec, value: string | string[] | undefined): string[] {
  const label = `${param.location} parameter "${param.name}"`;
  if (value === undefined) return param.required ? [`missing required ${label}`] : [];
  let validate = validators.get(param);
  if (!validate) {
    validate = ajv.compile({ type: "object", properties: { value: param.schema } });
    validators.set(param, validate);
  }
  // Wrapped in an object so Ajv can coerce the value in place; the wrapper is stripped from messages.
  return validateWith(validate, label, { value }).map((m) => m.replace(`${label}.value`, label));
}
