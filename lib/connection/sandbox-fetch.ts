import { sandboxEnabled } from "@/lib/env";

/**
 * A `fetch` that answers the built-in simulators in-process. When the sandbox is on, a request to a
 * loopback host (any port) whose path starts with the portal's sandbox routes goes straight to the
 * shared simulator instead of over a socket, so a stored sandbox URL works whatever port the portal
 * runs on today, from the CLI, and during `next build` prerendering. Everything else is a real fetch.
 */

/** `URL.hostname` keeps the brackets of an IPv6 literal. */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
export const SANDBOX_MARKETO_PREFIX = "/api/sandbox/marketo/";
export const SANDBOX_ON24_PREFIX = "/api/sandbox/on24/";

export type SandboxTarget = "marketo" | "on24";

/** Which simulator a URL addresses, or null when it is not a sandbox URL. */
export function sandboxTarget(url: URL): SandboxTarget | null {
  if (!LOOPBACK_HOSTS.has(url.hostname)) return null;
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.pathname.startsWith(SANDBOX_MARKETO_PREFIX)) return "marketo";
  if (url.pathname.startsWith(SANDBOX_ON24_PREFIX)) return "on24";
  return null;
}

export type SandboxFetchOptions = {
  /** Defaults to SANDBOX_ENABLED (lib/env.ts): with the sandbox off every request is a real fetch. */
  enabled?: boolean;
  /** What non-sandbox requests go to; defaults to the global fetch at call time. */
  fallback?: typeof fetch;
};

export function createSandboxFetch(options: SandboxFetchOptions = {}): typeof fetch {
  const enabled = options.enabled ?? sandboxEnabled;
  return async (input, init) => {
    const fallback = options.fallback ?? globalThis.fetch;
    if (!enabled) return fallback(input, init);
    const target = sandboxTarget(new URL(input instanceof Request ? input.url : String(input)));
    if (!target) return fallback(input, init);
    const request = new Request(input, init);
    request.signal.throwIfAborted();
    // Imported on first use so deployments without the sandbox never load the simulators.
    if (target === "marketo") {
      const { handleMarketoSandbox } = await import("@/lib/sandbox/marketo/shared");
      return handleMarketoSandbox(request);
    }
    const [{ handleOn24Sandbox }, { getSharedOn24Sandbox }] = await Promise.all([
      import("@/lib/sandbox/on24/handler"),
      import("@/lib/sandbox/on24/shared"),
    ]);
    return handleOn24Sandbox(request, { sandbox: getSharedOn24Sandbox() });
  };
}

/** The process-wide sandbox-aware fetch every ON24/Marketo client of the app is built with. */
export const sandboxFetch: typeof fetch = createSandboxFetch();
