import { matchMarketoPath, type MarketoOperation } from "./marketo-document";
import type { RecordedRequest } from "./types";

/** The operation a Marketo request addresses, with the parameters as the server would read them. */
export type MarketoTarget = {
  op: MarketoOperation;
  pathParams: Record<string, string>;
  /** URL query, plus the form fields of a `_method=GET` form post; `_method` itself removed. */
  query: URLSearchParams;
  /** "form" / "json": the request is a POST standing in for the GET operation `op` (`_method=GET`). */
  methodOverride?: "form" | "json";
};

const FORM = "application/x-www-form-urlencoded";

/**
 * Finds the operation. `POST …?_method=GET` is the documented way to send a GET whose query is too long
 * (lead-database.md "Long URIs", error-codes.md 414): the remaining parameters travel as a form body, or as JSON
 * for compound keys. swagger-mapi.json does not describe it, so it is checked as the GET operation of that path.
 */
export function resolveMarketoTarget(req: RecordedRequest): { target?: MarketoTarget; violations: string[] } {
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    return { violations: [`not an absolute URL: ${req.url}`] };
  }
  const match = matchMarketoPath(url.pathname);
  if (!match) return { violations: [`unknown path "${url.pathname}": no Marketo operation has this path`] };
  const method = req.method.toUpperCase();
  const override = url.searchParams.get("_method");
  const query = new URLSearchParams(url.searchParams);
  query.delete("_method");
  if (override !== null) {
    const getOp = match.operations.find((o) => o.method === "GET");
    if (override !== "GET" || method !== "POST" || !getOp) {
      return { violations: [`_method=${override} on ${method} ${match.template}: only POST …?_method=GET standing in for a declared GET is documented`] };
    }
    const contentType = headerValue(req, "content-type") ?? "";
    if (contentType.startsWith(FORM)) {
      for (const [name, value] of new URLSearchParams(req.body ?? "")) query.append(name, value);
      return { target: { op: getOp, pathParams: match.params, query, methodOverride: "form" }, violations: [] };
    }
    if (contentType.startsWith("application/json") && getOp.body) {
      return { target: { op: getOp, pathParams: match.params, query, methodOverride: "json" }, violations: [] };
    }
    return { violations: [`POST ${match.template}?_method=GET needs Content-Type ${FORM}${getOp.body ? " or application/json" : ""} (got "${contentType}")`] };
  }
  const op = match.operations.find((o) => o.method === method);
  if (!op) {
    const declared = match.operations.map((o) => o.method).join(", ");
    return { violations: [`method ${method} is not declared for ${match.template} (declared: ${declared})`] };
  }
  return { target: { op, pathParams: match.params, query }, violations: [] };
}

export function headerValue(req: RecordedRequest, name: string): string | undefined {
  const entry = Object.entries(req.headers).find(([k]) => k.toLowerCase() === name);
  return entry?.[1];
}
