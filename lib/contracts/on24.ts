import { checkParameters } from "./parameter-check";
import { compareWithShape, findOn24Operation, matchOn24Path, on24ExampleShape } from "./on24-document";
import type { RecordedRequest } from "./types";

// Not declared in ON24's document, but DataGrail documents ON24 answering 429 when its leaky bucket is empty
// (reference/on24-api-notes.md §1.4); the client must handle it, so the simulator may send it.
const UNDECLARED_BUT_DOCUMENTED_STATUSES = new Set([429]);

/**
 * Checks one request against on24-openapi.json: the path (below any base ending in /v2) is one of the document's
 * templates, the method is declared for it, every query name is declared for that operation with a value of the
 * declared type, and the required headers (accessTokenKey, accessTokenSecret) are present, in any letter case.
 */
export function checkOn24Request(req: RecordedRequest): string[] {
  const url = parseUrl(req.url);
  if (!url) return [`not an absolute URL: ${req.url}`];
  const match = matchOn24Path(url.pathname);
  if (!match) return [`unknown path "${url.pathname}": no ON24 operation has this path (below a base ending in /v2)`];
  const op = match.operations.find((o) => o.method === req.method.toUpperCase());
  if (!op) {
    const declared = match.operations.map((o) => o.method).join(", ");
    return [`method ${req.method} is not declared for ${match.template} (declared: ${declared})`];
  }
  const headers = lowerCaseKeys(req.headers);
  const violations = checkParameters(op, { query: url.searchParams, path: match.params, headers });
  if (op.method === "GET" && req.body) violations.push(`${op.id}: a GET request must not carry a body`);
  return violations;
}

/**
 * Compares a 200 body with the examples of one operation (see example-shape.ts for what "matches" means).
 * `operationKey` is an operationId as in examples/_index.json, or "GET /client/{clientId}/registrant".
 */
export function checkOn24ResponseShape(operationKey: string, body: unknown): string[] {
  const op = findOn24Operation(operationKey);
  if (!op) return [`unknown ON24 operation "${operationKey}"`];
  const reference = on24ExampleShape(op.id);
  if (!reference) return [`ON24's document has no example response for ${op.id}: its shape cannot be checked`];
  return compareWithShape(body, reference);
}

/**
 * Checks a recorded response: 2xx bodies by shape, other statuses must be declared for the operation and carry
 * ON24's error body `{"message": "…"}` (the only error shape observed; the document describes errors in prose).
 * Status 0 (no response: timeout, network error) has nothing to check.
 */
export function checkOn24Response(req: RecordedRequest, status: number, body: unknown): string[] {
  if (status === 0) return [];
  const url = parseUrl(req.url);
  const op = url && matchOn24Path(url.pathname)?.operations.find((o) => o.method === req.method.toUpperCase());
  if (!op) return [`response to a request that matches no ON24 operation: ${req.method} ${req.url}`];
  if (status >= 200 && status < 300) return checkOn24ResponseShape(op.id, body);
  if (!(String(status) in op.responses) && !UNDECLARED_BUT_DOCUMENTED_STATUSES.has(status)) {
    return [`status ${status} is not declared for ${op.id} (declared: ${Object.keys(op.responses).join(", ")})`];
  }
  const message = (body as { message?: unknown } | null | undefined)?.message;
  return typeof message === "string" ? [] : [`${op.id} ${status}: error body must be {"message": string}`];
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
