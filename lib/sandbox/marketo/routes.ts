import { chicagoDay } from "@/lib/marketo/quota-reset";
import { describeCustomObject, queryCustomObjects, syncCustomObjects } from "./co-store";
import type { SandboxInstance } from "./instance";
import { describeLead2Result, describeLeadResult } from "./lead-schema";
import { lookupLeads, syncLeads } from "./lead-store";
import { failure, MESSAGES, success, type Envelope } from "./respond";

/** The REST resources the simulator serves, matched on the path below the instance origin. */

export type RestCall = {
  instance: SandboxInstance;
  /** Query and, for `POST …?_method=GET`, the form body: Marketo treats both as the GET's parameters. */
  params: URLSearchParams;
  /** The raw body of a POST, with its content type. */
  body: string;
  contentType: string;
  now: number;
};

type Route = { operation: string; method: "GET" | "POST"; pattern: RegExp; run: (call: RestCall, match: RegExpExecArray) => Envelope };

const ROUTES: Route[] = [
  { operation: "describeLeads", method: "GET", pattern: /^\/rest\/v1\/leads\/describe\.json$/, run: (c) => success(describeLeadResult(c.instance.leadFields)) },
  { operation: "describeLeads2", method: "GET", pattern: /^\/rest\/v1\/leads\/describe2\.json$/, run: (c) => success(describeLead2Result(c.instance.leadFields)) },
  { operation: "lookupLeads", method: "GET", pattern: /^\/rest\/v1\/leads\.json$/, run: (c) => lookupLeads(c.instance, c.params) },
  { operation: "syncLeads", method: "POST", pattern: /^\/rest\/v1\/leads\.json$/, run: (c) => withJson(c, (body) => syncLeads(c.instance, body, c.now)) },
  {
    operation: "describeCustomObject",
    method: "GET",
    pattern: /^\/rest\/v1\/customobjects\/([^/]+)\/describe\.json$/,
    run: (c, m) => describeCustomObject(c.instance, decodeURIComponent(m[1])),
  },
  {
    operation: "syncCustomObjects",
    method: "POST",
    pattern: /^\/rest\/v1\/customobjects\/([^/]+)\.json$/,
    run: (c, m) => withJson(c, (body) => syncCustomObjects(c.instance, decodeURIComponent(m[1]), body, c.now)),
  },
  {
    operation: "queryCustomObjects",
    method: "GET",
    pattern: /^\/rest\/v1\/customobjects\/([^/]+)\.json$/,
    run: (c, m) => queryCustomObjects(c.instance, decodeURIComponent(m[1]), c.params),
  },
  {
    operation: "usage",
    method: "GET",
    pattern: /^\/rest\/v1\/stats\/usage\.json$/,
    run: (c) =>
      success([
        {
          date: `${chicagoDay(c.now)}T00:00:00Z`, // the quota day (US Central)
          total: c.instance.usageToday(c.now),
          users: [{ userId: c.instance.options.apiUser, count: c.instance.usageToday(c.now) }],
        },
      ]),
  },
];

/** The route for a method and path; `wrongMethod` when the path exists under the other method (605). */
export function findRoute(method: string, path: string): { route: Route; match: RegExpExecArray } | { wrongMethod: boolean } {
  let pathKnown = false;
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (route.method === method) return { route, match };
    pathKnown = true;
  }
  return { wrongMethod: pathKnown };
}

export function operationOf(method: string, path: string): string {
  if (path === "/identity/oauth/token") return "identity";
  const found = findRoute(method, path);
  return "route" in found ? found.route.operation : "unknown";
}

export function runRoute(method: string, path: string, call: RestCall): Envelope {
  const found = findRoute(method, path);
  if ("route" in found) return found.route.run(call, found.match);
  return found.wrongMethod ? failure("605", MESSAGES["605"]) : failure("610", MESSAGES["610"]);
}

function withJson(call: RestCall, handle: (body: unknown) => Envelope): Envelope {
  if (!call.contentType.toLowerCase().startsWith("application/json")) return failure("612", MESSAGES["612"]);
  try {
    return handle(JSON.parse(call.body));
  } catch (error) {
    if (error instanceof SyntaxError) return failure("609", MESSAGES["609"]);
    throw error;
  }
}
