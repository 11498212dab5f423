import { marketoValidator } from "./marketo-document";
import { headerValue, resolveMarketoTarget, type MarketoTarget } from "./marketo-target";
import { checkParameters } from "./parameter-check";
import { validateWith } from "./schema-validator";
import type { RecordedRequest } from "./types";

// HTTP-level errors the developer guide documents without a body contract (error-codes.md): 413 body > 1 MB,
// 414 URI > 8 KB, 500, 502 "retried with exponential backoff"; Identity answers 401 for bad credentials.
const DOCUMENTED_HTTP_ERRORS = new Set([413, 414, 500, 502]);
const IDENTITY_HTTP_ERRORS = new Set([401]);
const BEARER = /^Bearer \S+$/;

/**
 * Checks one request against swagger-identity.json / swagger-mapi.json: path, method, declared query parameters
 * (names, required, types, enums), the JSON body against the operation's `in: body` schema, and — from the
 * authentication guide, since the Swagger documents declare no security — a Bearer token on every /rest and
 * /bulk call and never the retired `access_token` query parameter.
 */
export function checkMarketoRequest(req: RecordedRequest): string[] {
  const { target, violations } = resolveMarketoTarget(req);
  if (!target) return violations;
  const { op } = target;
  const query = new URLSearchParams(target.query);
  if (query.has("access_token")) {
    violations.push(`${op.id}: access token sent as the retired access_token query parameter; use the Authorization header`);
    query.delete("access_token");
  }
  if (op.source === "mapi" && !BEARER.test(headerValue(req, "authorization") ?? "")) {
    violations.push(`${op.id}: missing "Authorization: Bearer <token>" header`);
  }
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const paramViolations = checkParameters(op, { query, path: target.pathParams, headers });
  // A compound-key lookup moves the filter into the JSON body, so the GET's required query names may be absent.
  violations.push(...(target.methodOverride === "json" ? paramViolations.filter((v) => !v.startsWith("missing required query")) : paramViolations));
  violations.push(...checkBody(req, target));
  return violations;
}

function checkBody(req: RecordedRequest, target: MarketoTarget): string[] {
  const { op } = target;
  if (target.methodOverride === "form") return [];
  const hasBody = req.body !== undefined && req.body !== "";
  if (!op.body) return hasBody ? [`${op.id} declares no request body, but one was sent`] : [];
  if (!hasBody) return op.body.required ? [`${op.id}: missing required JSON body`] : [];
  const contentType = headerValue(req, "content-type") ?? "";
  if (!contentType.startsWith("application/json")) return [`${op.id}: body must be sent as application/json (got "${contentType}")`];
  let parsed: unknown;
  try {
    parsed = JSON.parse(req.body!);
  } catch {
    return [`${op.id}: body is not valid JSON`];
  }
  return validateWith(marketoValidator(op, op.body.schema, "request"), "request body", parsed);
}

/**
 * Checks a response against the operation's declared response schema (with the named exceptions of
 * marketo-exceptions.ts), plus the guide's rule that `success: false` comes with a non-empty `errors` array.
 * Statuses the document does not declare pass only if the guide documents them as HTTP-level errors.
 * Status 0 (no response: timeout, network error) has nothing to check.
 */
export function checkMarketoResponse(req: RecordedRequest, status: number, body: unknown): string[] {
  if (status === 0) return [];
  const { target, violations } = resolveMarketoTarget(req);
  if (!target) return [`response to a request that matches no Marketo operation: ${violations.join("; ")}`];
  const { op } = target;
  if (!(String(status) in op.responses)) {
    const documented = DOCUMENTED_HTTP_ERRORS.has(status) || (op.source === "identity" && IDENTITY_HTTP_ERRORS.has(status));
    return documented ? [] : [`status ${status} is neither declared for ${op.id} nor a documented HTTP-level error`];
  }
  const schema = op.responses[String(status)];
  const result = schema ? validateWith(marketoValidator(op, schema, "response"), "response", body) : [];
  const envelope = body as { success?: unknown; errors?: unknown } | null;
  if (op.source === "mapi" && envelope?.success === false && !(Array.isArray(envelope.errors) && envelope.errors.length > 0)) {
    result.push("response: success is false but there is no errors array saying why");
  }
  return result;
}
