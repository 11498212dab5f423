/**
 * "Matches the shape of the examples" — ON24's document has examples but no schemas, so a response body is
 * compared with the union of an operation's example bodies:
 *  - the reference shape at each position (key path; every array element counts as the same position) is the set
 *    of JSON types and object keys seen there in any example;
 *  - every top-level key present in all the examples must be present in the body;
 *  - every object key in the body, at any depth (records inside arrays included), must appear at that position in
 *    some example — an unknown key is a violation, a missing key below the top level is not (records vary);
 *  - each value's JSON type must be one seen at that position, except that `null` is always accepted, numbers and
 *    strings are interchangeable for id-like keys (name ending in "id": ON24 documents ids arriving as either),
 *    and a position where the examples only show `null` or empty arrays accepts anything (nothing to compare with).
 * Integers and decimals are both "number"; string formats (dates, URLs) are not compared.
 */
type JsonType = "null" | "boolean" | "number" | "string" | "array" | "object";

export type Shape = { types: Set<JsonType>; keys: Map<string, Shape>; items?: Shape };

const ID_KEY = /id$/i;

export function shapeOfExamples(examples: unknown[]): { shape: Shape; requiredKeys: string[] } {
  const shape = emptyShape();
  for (const example of examples) addToShape(shape, example);
  const objects = examples.filter(isPlainObject);
  const requiredKeys = objects.length === 0 ? [] :
    Object.keys(objects[0]).filter((key) => objects.every((o) => key in o));
  return { shape, requiredKeys };
}

export function compareWithShape(body: unknown, reference: { shape: Shape; requiredKeys: string[] }): string[] {
  const violations = new Set<string>();
  if (isPlainObject(body)) {
    for (const key of reference.requiredKeys) if (!(key in body)) violations.add(`missing top-level key "${key}"`);
  }
  compare(body, reference.shape, "body", undefined, violations);
  return [...violations];
}

function compare(value: unknown, shape: Shape, path: string, key: string | undefined, out: Set<string>): void {
  const type = jsonType(value);
  if (type === "null" || isUnknown(shape)) return;
  if (!shape.types.has(type) && !(key !== undefined && ID_KEY.test(key) && isIdSwap(type, shape.types))) {
    out.add(`${path}: got ${type}, the examples have ${[...shape.types].join(" or ")}`);
    return;
  }
  if (type === "object") {
    for (const [childKey, child] of Object.entries(value as Record<string, unknown>)) {
      const childShape = shape.keys.get(childKey);
      if (!childShape) out.add(`${path}.${childKey}: key not in the examples`);
      else compare(child, childShape, `${path}.${childKey}`, childKey, out);
    }
  }
  if (type === "array" && shape.items) {
    for (const item of value as unknown[]) compare(item, shape.items, `${path}[]`, key, out);
  }
}

function isIdSwap(type: JsonType, seen: Set<JsonType>): boolean {
  return (type === "number" && seen.has("string")) || (type === "string" && seen.has("number"));
}

// Only nulls, or only empty arrays, were seen: the examples say nothing about what belongs here.
function isUnknown(shape: Shape): boolean {
  return [...shape.types].every((t) => t === "null" || (t === "array" && !shape.items));
}

function addToShape(shape: Shape, value: unknown): void {
  const type = jsonType(value);
  shape.types.add(type);
  if (type === "object") {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (!shape.keys.has(key)) shape.keys.set(key, emptyShape());
      addToShape(shape.keys.get(key)!, child);
    }
  }
  if (type === "array") {
    for (const item of value as unknown[]) {
      shape.items ??= emptyShape();
      addToShape(shape.items, item);
    }
  }
}

function emptyShape(): Shape {
  return { types: new Set(), keys: new Map() };
}

function jsonType(value: unknown): JsonType {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "array";
  const t = typeof value;
  if (t === "boolean" || t === "number" || t === "string") return t;
  return "object";
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return jsonType(value) === "object";
}
