import type { Region } from "@/db/schema";
import { allowTestEndpoints as envAllowTestEndpoints } from "@/lib/env";
import { on24BaseUrl } from "@/lib/on24/regions";

/**
 * Where ON24 requests go. The region decides, unless the deployment allows test endpoints and a
 * loopback base URL (the sandbox's, or a local test server's) was stored. A stored override is
 * ignored on a deployment that does not allow test endpoints, so a row copied from a test
 * environment can never send tokens anywhere but ON24.
 */

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export type On24BaseUrlCheck = { ok: true; baseUrl: string } | { ok: false; message: string };

/** Validates an ON24 base URL someone typed (only loopback test endpoints can be set by hand). */
export function checkOn24BaseUrl(input: string, options: { allowTestEndpoints?: boolean } = {}): On24BaseUrlCheck {
  const allowed = options.allowTestEndpoints ?? envAllowTestEndpoints;
  if (!allowed) return { ok: false, message: "This deployment does not allow a custom ON24 address; the region decides." };
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: "Enter a full URL, e.g. http://localhost:3000/api/sandbox/on24/v2." };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, message: "The ON24 address must start with http:// or https://." };
  if (url.username || url.password || url.search || url.hash) {
    return { ok: false, message: "The ON24 address must not contain a user name, password, query string or fragment." };
  }
  if (!LOOPBACK_HOSTS.has(url.hostname)) {
    return { ok: false, message: `Only a local test endpoint (localhost) can be set here; real accounts follow the region (got "${url.host}").` };
  }
  if (!/\/v2\/?$/.test(url.pathname)) return { ok: false, message: "The ON24 address must end in /v2, like ON24's own API." };
  return { ok: true, baseUrl: `${url.origin}${url.pathname.replace(/\/+$/, "")}` };
}

/** The base URL a workspace's ON24 client uses: the stored override only where test endpoints are allowed. */
export function resolveOn24BaseUrl(region: Region, override: string | null | undefined, options: { allowTestEndpoints?: boolean } = {}): string {
  const allowed = options.allowTestEndpoints ?? envAllowTestEndpoints;
  if (allowed && override) {
    const checked = checkOn24BaseUrl(override, { allowTestEndpoints: true });
    if (checked.ok) return checked.baseUrl;
  }
  return on24BaseUrl(region);
}
