import { readDocument } from "./documents";
import { listOperations, type Operation } from "./openapi-operations";
import { createPathMatcher, type PathMatch } from "./path-templates";
import { compareWithShape, shapeOfExamples, type Shape } from "./example-shape";

type ExampleIndex = { examples: { file: string; operationId: string; method: string; path: string }[] };

// The document's paths start at /client/…; whatever serves them is mounted under a base ending in /v2
// (https://api.on24.com/v2, the document's own /wcc/api/v2, the sandbox's /api/sandbox/on24/v2).
const ON24_BASE_PREFIX = "(?:/.*)?/v2";

let operations: Operation[] | undefined;
let matcher: ((pathname: string) => PathMatch | undefined) | undefined;
const shapes = new Map<string, { shape: Shape; requiredKeys: string[] } | null>();

export function on24Operations(): Operation[] {
  operations ??= listOperations(readDocument("on24/on24-openapi.json"));
  return operations;
}

export function matchOn24Path(pathname: string): PathMatch | undefined {
  matcher ??= createPathMatcher(on24Operations(), ON24_BASE_PREFIX);
  return matcher(pathname);
}

/** Accepts an operationId ("AnalyticsClientLevel.Registrants") or "GET /client/{clientId}/registrant". */
export function findOn24Operation(key: string): Operation | undefined {
  const [method, template] = key.split(" ");
  return on24Operations().find((op) => op.id === key || (op.method === method?.toUpperCase() && op.template === template));
}

/** The merged shape of the operation's examples, or null when the document has no example for it. */
export function on24ExampleShape(operationId: string): { shape: Shape; requiredKeys: string[] } | null {
  if (!shapes.has(operationId)) {
    const index = readDocument("on24/examples/_index.json") as ExampleIndex;
    const bodies = index.examples.filter((e) => e.operationId === operationId).map((e) => readDocument(`on24/${e.file}`));
    shapes.set(operationId, bodies.length === 0 ? null : shapeOfExamples(bodies));
  }
  return shapes.get(operationId) ?? null;
}

export { compareWithShape };
