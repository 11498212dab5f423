import { randomUUID } from "node:crypto";
import { admit } from "./admission";
import { parseSandboxClientId, SANDBOX_MARKETO_CLIENT_ID, SANDBOX_MARKETO_CLIENT_SECRET } from "./constants";
import { takeFaults, type FaultRule, type SandboxFault } from "./faults";
import { DEFAULT_INSTANCE_OPTIONS, SandboxInstance, type SandboxInstanceOptions } from "./instance";
import { failure, jsonResponse, MESSAGES, type Envelope } from "./respond";
import { operationOf, runRoute } from "./routes";

/**
 * A simulated Marketo subscription as a fetch-style handler: Identity plus the REST resources the sync
 * uses. Instances are keyed by client id (see constants.ts); each has its own data, limits and call log.
 * The handler accepts any path prefix before `/identity/` or `/rest/`, so it can sit under
 * `/api/sandbox/marketo` in the app or at the root of a standalone server.
 */

export type MarketoSandboxOptions = {
  /** Options every instance starts from (each sandbox client id then sets its variants). */
  defaults?: Partial<SandboxInstanceOptions>;
  /** Extra client ids with explicit options, for tests that need something the id grammar cannot say. */
  instances?: Record<string, Partial<SandboxInstanceOptions>>;
  clientSecret?: string;
  now?: () => number;
};

type Token = { clientId: string; expiresAt: number };

const DEFAULT_TIMEOUT_HOLD_MS = 120_000;

export class MarketoSandbox {
  private readonly instances = new Map<string, SandboxInstance>();
  private readonly tokens = new Map<string, Token>();
  private readonly options: MarketoSandboxOptions;
  private readonly now: () => number;
  private seq = 0;

  constructor(options: MarketoSandboxOptions = {}) {
    this.options = options;
    this.now = options.now ?? Date.now;
  }

  /** The instance of `clientId`, created on first use; null for an id that is neither a sandbox id nor registered. */
  findInstance(clientId: string): SandboxInstance | null {
    const existing = this.instances.get(clientId);
    if (existing) return existing;
    const explicit = this.options.instances?.[clientId];
    const variants = parseSandboxClientId(clientId);
    if (!explicit && !variants) return null;
    const options = { ...DEFAULT_INSTANCE_OPTIONS, ...this.options.defaults, ...variants, ...explicit };
    const instance = new SandboxInstance(clientId, options, this.now());
    this.instances.set(clientId, instance);
    return instance;
  }

  /** Like `findInstance`, for tests: throws on an unknown id. */
  instance(clientId: string = SANDBOX_MARKETO_CLIENT_ID): SandboxInstance {
    const instance = this.findInstance(clientId);
    if (!instance) throw new Error(`"${clientId}" is not a sandbox client id`);
    return instance;
  }

  /** Starts `clientId` afresh with these options (its data, tokens and call log are dropped). */
  configure(clientId: string, options: Partial<SandboxInstanceOptions>): SandboxInstance {
    this.instances.delete(clientId);
    this.forgetTokens(clientId);
    const base = { ...DEFAULT_INSTANCE_OPTIONS, ...this.options.defaults, ...parseSandboxClientId(clientId) };
    const instance = new SandboxInstance(clientId, { ...base, ...this.options.instances?.[clientId], ...options }, this.now());
    this.instances.set(clientId, instance);
    return instance;
  }

  injectFault(rule: FaultRule, clientId: string = SANDBOX_MARKETO_CLIENT_ID): void {
    this.instance(clientId).faults.push({ ...rule });
  }

  /** Every current token of `clientId` (or of all instances) expires now: the next call answers 602. */
  expireTokens(clientId?: string): void {
    for (const token of this.tokens.values()) if (!clientId || token.clientId === clientId) token.expiresAt = this.now();
  }

  /** Every current token is forgotten: the next call answers 601. */
  forgetTokens(clientId?: string): void {
    for (const [value, token] of this.tokens) if (!clientId || token.clientId === clientId) this.tokens.delete(value);
  }

  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = apiPath(url.pathname);
    if (!path) return jsonResponse({ error: "not_found", error_description: "Not a Marketo API path" }, 404);
    const method = request.method.toUpperCase();
    const body = method === "POST" ? await request.text() : "";
    const contentType = request.headers.get("content-type") ?? "";
    const params = new URLSearchParams(url.search);
    let effectiveMethod = method;
    if (method === "POST" && params.get("_method") === "GET") {
      // The long-URI workaround: the form body carries the GET's query string (DEV/leads).
      effectiveMethod = "GET";
      params.delete("_method");
      if (contentType.startsWith("application/x-www-form-urlencoded")) for (const [k, v] of new URLSearchParams(body)) params.append(k, v);
    }
    if (path === "/identity/oauth/token") return this.identity(method, path, params, body, contentType);
    return this.rest(request, effectiveMethod, path, params, body, contentType);
  }

  private identity(method: string, path: string, params: URLSearchParams, body: string, contentType: string): Response {
    const receivedAt = this.now();
    // Documented: query parameters. A form body is accepted too (standard OAuth; unverified on Marketo).
    const form = contentType.startsWith("application/x-www-form-urlencoded") ? new URLSearchParams(body) : new URLSearchParams();
    const read = (name: string) => params.get(name) ?? form.get(name);
    const clientId = read("client_id");
    const instance = clientId ? this.findInstance(clientId) : null;
    const log = (status: number, code: string) =>
      instance?.callLog.push({ seq: ++this.seq, clientId, method, path, operation: "identity", receivedAt, respondedAt: this.now(), httpStatus: status, code, counted: false, tokenInQuery: false });
    if (read("grant_type") !== "client_credentials") {
      log(400, "http-400");
      return jsonResponse({ error: "invalid_request", error_description: "grant_type must be client_credentials" }, 400);
    }
    if (!instance || read("client_secret") !== (this.options.clientSecret ?? SANDBOX_MARKETO_CLIENT_SECRET)) {
      log(401, "http-401");
      return jsonResponse({ error: "unauthorized", error_description: "Bad client credentials" }, 401);
    }
    // Asking again before expiry returns the same token with its remaining lifespan (DEV/authentication).
    let entry = [...this.tokens.entries()].find(([, t]) => t.clientId === clientId && t.expiresAt - receivedAt >= 1000);
    if (!entry) {
      const value = `${randomUUID()}:sb`;
      const token = { clientId: clientId!, expiresAt: receivedAt + instance.options.tokenTtlSeconds * 1000 };
      this.tokens.set(value, token);
      entry = [value, token];
    }
    log(200, "ok");
    return jsonResponse({
      access_token: entry[0],
      token_type: "bearer",
      expires_in: Math.floor((entry[1].expiresAt - receivedAt) / 1000),
      scope: instance.options.apiUser,
    });
  }

  private async rest(request: Request, method: string, path: string, params: URLSearchParams, body: string, contentType: string): Promise<Response> {
    const receivedAt = this.now();
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
    const tokenInQuery = params.has("access_token");
    const tokenValue = bearer ?? params.get("access_token") ?? "";
    const token = this.tokens.get(tokenValue);
    const instance = token ? this.instances.get(token.clientId) ?? null : null;
    let counted = false;
    const finish = (response: Response, code: string) => {
      instance?.callLog.push({
        seq: ++this.seq,
        clientId: instance.clientId,
        method,
        path,
        operation: operationOf(method, path),
        receivedAt,
        respondedAt: this.now(),
        httpStatus: response.status,
        code,
        counted,
        tokenInQuery,
      });
      return response;
    };
    const reply = (envelope: Envelope) => finish(jsonResponse(envelope), codeOf(envelope));
    if (!token || !instance) return reply(failure("601", MESSAGES["601"]));
    if (token.expiresAt <= receivedAt) return reply(failure("602", MESSAGES["602"]));
    const faults = takeFaults(instance.faults, method, path);
    if (has(faults, "token-invalid")) this.tokens.delete(tokenValue);
    if (has(faults, "token-expired")) token.expiresAt = receivedAt;
    if (!this.tokens.has(tokenValue)) return reply(failure("601", MESSAGES["601"]));
    if (token.expiresAt <= receivedAt) return reply(failure("602", MESSAGES["602"]));

    const refusal = admit(instance, receivedAt);
    if (refusal) return reply(failure(refusal.code, refusal.message));
    counted = true;
    instance.inFlight += 1;
    instance.maxInFlight = Math.max(instance.maxInFlight, instance.inFlight);
    try {
      const extra = faults.reduce((sum, f) => sum + (f.kind === "latency" ? f.ms : 0), 0);
      await sleep(latencyOf(instance.options.latencyMs) + extra, request.signal);
      const httpError = find(faults, "http-error");
      if (httpError) {
        const text = httpError.body ?? `<html><body><h1>${httpError.status} Bad Gateway</h1></body></html>`;
        return finish(new Response(text, { status: httpError.status, headers: { "content-type": "text/html" } }), `http-${httpError.status}`);
      }
      const timeout = find(faults, "timeout");
      if (timeout) {
        await sleep(timeout.holdMs ?? DEFAULT_TIMEOUT_HOLD_MS, request.signal, true);
        return reply(failure("604", MESSAGES["604"]));
      }
      const errorCode = find(faults, "error-code");
      if (errorCode) return reply(failure(errorCode.code, errorCode.message ?? MESSAGES[errorCode.code] ?? "Injected error"));
      const envelope = runRoute(method, path, { instance, params, body, contentType, now: receivedAt });
      if (has(faults, "malformed-json")) {
        const text = JSON.stringify(envelope);
        return finish(new Response(text.slice(0, Math.max(1, Math.floor(text.length / 2))), { headers: { "content-type": "application/json" } }), "malformed");
      }
      return reply(envelope);
    } finally {
      instance.inFlight -= 1;
    }
  }
}

/** The part of the path from `/identity/` or `/rest/` on, whatever prefix the app mounts the sandbox under. */
function apiPath(pathname: string): string | null {
  const match = /\/(identity|rest)\//.exec(pathname);
  return match ? pathname.slice(match.index).replace(/\/{2,}/g, "/") : null;
}

function codeOf(envelope: Envelope): string {
  const errors = envelope.errors as { code: string }[] | undefined;
  return envelope.success === false && errors?.[0] ? errors[0].code : "ok";
}

function has(faults: SandboxFault[], kind: SandboxFault["kind"]): boolean {
  return faults.some((f) => f.kind === kind);
}

function find<K extends SandboxFault["kind"]>(faults: SandboxFault[], kind: K): Extract<SandboxFault, { kind: K }> | undefined {
  return faults.find((f) => f.kind === kind) as Extract<SandboxFault, { kind: K }> | undefined;
}

function latencyOf(latency: number | [number, number]): number {
  if (typeof latency === "number") return latency;
  const [min, max] = latency;
  return min + Math.random() * (max - min);
}

/** Processing time runs to its end like Marketo's would; only a held (timeout) request stops when the caller leaves. */
function sleep(ms: number, signal: AbortSignal | undefined, stopOnAbort = false): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    if (stopOnAbort) signal?.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });
}
