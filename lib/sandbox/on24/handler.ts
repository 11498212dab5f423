import type { On24Sandbox } from "./account";
import { attendeeByEmail, clientAttendees, clientRegistrants, listEvents, registrantByEmail, subClients } from "./client-routes";
import { eventAttendees, eventMetadata, eventRegistrants, findEvent } from "./event-routes";
import type { FaultDecision } from "./faults";
import { HttpAnswer, json, MESSAGES, on24Error } from "./http";
import { readParams, type Params } from "./query-params";

/**
 * The simulated ON24 API as a Web request handler: the portal's route (app/api/sandbox/on24/…) and the
 * standalone test server both call it. It serves the paths below `/v2` exactly as ON24 names them.
 */

export type HandleOn24SandboxOptions = { sandbox: On24Sandbox };

/** A hung request ends on its own after this, so a client that never aborts cannot leak it forever. */
const MAX_HANG_MS = 120_000;

type Route = [RegExp, (sb: On24Sandbox, params: Params, m: RegExpExecArray) => Response];

const ROUTES: Route[] = [
  [/^$/, (sb) => subClients(sb)],
  [/^\/event$/, (sb, p) => listEvents(sb, p)],
  [/^\/event\/([^/]+)$/, (sb, _p, m) => withEvent(sb, m[1], (ev) => eventMetadata(sb, ev))],
  [/^\/event\/([^/]+)\/registrant$/, (sb, p, m) => withEvent(sb, m[1], (ev) => eventRegistrants(sb, ev, p))],
  [/^\/event\/([^/]+)\/attendee$/, (sb, p, m) => withEvent(sb, m[1], (ev) => eventAttendees(sb, ev, p))],
  [/^\/registrant$/, (sb, p) => clientRegistrants(sb, p)],
  [/^\/attendee$/, (sb, p) => clientAttendees(sb, p)],
  [/^\/registrant\/([^/]+)(\/allevents)?$/, (sb, p, m) => registrantByEmail(sb, p, decodeURIComponent(m[1]), !!m[2])],
  [/^\/attendee\/([^/]+)(\/allevents)?$/, (sb, p, m) => attendeeByEmail(sb, p, decodeURIComponent(m[1]), !!m[2])],
];

export async function handleOn24Sandbox(request: Request, { sandbox }: HandleOn24SandboxOptions): Promise<Response> {
  const url = new URL(request.url);
  const at = url.pathname.indexOf("/v2/");
  const path = at >= 0 ? url.pathname.slice(at + 3) : url.pathname;
  let response: Response;
  try {
    response = await answer(sandbox, request, url, path);
  } catch (error) {
    if (!(error instanceof HttpAnswer)) throw error;
    response = error.response;
  }
  sandbox.logRequest({ method: request.method, path: `${path}${url.search}`, status: response.status });
  return response;
}

async function answer(sb: On24Sandbox, request: Request, url: URL, path: string): Promise<Response> {
  const decision = sb.faults.decide(path);
  if (decision.latencyMs > 0) await pause(decision.latencyMs, request.signal);
  const faulted = await applyFault(decision.fault, request.signal);
  if (faulted) return faulted;

  const key = request.headers.get("accesstokenkey");
  const secret = request.headers.get("accesstokensecret");
  if (!key || !secret) return on24Error(401, MESSAGES.missingHeaders);
  if (key !== sb.tokenKey || secret !== sb.tokenSecret) return on24Error(401, MESSAGES.badToken);
  if (sb.tokenDeactivated) return on24Error(401, MESSAGES.deactivated);

  const client = /^\/client\/([^/]+)(\/.*)?$/.exec(path);
  if (!client) return on24Error(404, "Not found");
  const [, clientId, rest = ""] = client;
  if (!/^\d+$/.test(clientId)) return on24Error(404, MESSAGES.noClient(clientId));
  // A valid token used with another account's client id: ON24 refuses it as a permission problem.
  if (clientId !== sb.clientId) return on24Error(403, MESSAGES.noPermission);
  if (sb.clientInactive) return on24Error(403, MESSAGES.clientInactive(clientId));
  if (sb.overCallLimit()) return on24Error(403, MESSAGES.callLimit);
  if (request.method !== "GET") return on24Error(405, "Method not allowed");

  const params = readParams(url);
  for (const [pattern, handle] of ROUTES) {
    const m = pattern.exec(rest);
    if (m) return handle(sb, params, m);
  }
  return on24Error(404, "Not found");
}

function withEvent(
  sb: On24Sandbox,
  rawId: string,
  handle: (ev: Exclude<ReturnType<typeof findEvent>, Response>) => Response,
): Response {
  const ev = findEvent(sb, rawId);
  return ev instanceof Response ? ev : handle(ev);
}

async function applyFault(fault: FaultDecision["fault"], signal: AbortSignal): Promise<Response | undefined> {
  switch (fault?.type) {
    case undefined:
      return undefined;
    case "status":
      return on24Error(fault.status, fault.message ?? `Simulated HTTP ${fault.status}`);
    case "throttle":
      return on24Error(fault.status ?? 403, fault.status === 429 ? "Too many requests" : MESSAGES.callLimit);
    case "malformed":
      return new Response('{"registrants": [{"eventuserid": 1, "email": "trunc', {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    case "timeout":
      await pause(MAX_HANG_MS, signal);
      return json({ message: "The simulated timeout ended without the client giving up." }, 504);
  }
}

/** Waits, but stops early when the client goes away. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}
