/**
 * Which hosts the server may send Marketo requests to. Production accepts only a Marketo REST host
 * (`https://<munchkin>.mktorest.com`); a sandbox/test deployment may also use loopback hosts, so the
 * built-in simulator works without letting a user point the server at an arbitrary address (SSRF).
 */

/** Munchkin ids look like 123-ABC-456; the host is case-insensitive. */
const MARKETO_HOST = /^\d{3}-[a-z]{3}-\d{3}\.mktorest\.com$/i;
/** `URL.hostname` keeps the brackets of an IPv6 literal. */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export type HostCheck = { ok: true } | { ok: false; message: string };

export function checkMarketoHost(origin: string, options: { allowTestEndpoints: boolean }): HostCheck {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return { ok: false, message: "The Marketo address is not a valid URL." };
  }
  if (url.username || url.password) {
    return { ok: false, message: "The Marketo address must not contain a user name or password." };
  }
  if (url.search || url.hash) {
    return { ok: false, message: "The Marketo address must not contain a query string or fragment." };
  }
  if (MARKETO_HOST.test(url.hostname)) {
    if (url.protocol !== "https:") return { ok: false, message: "Marketo must be reached over https://." };
    if (url.port !== "") return { ok: false, message: "The Marketo address must not name a port." };
    if (url.pathname !== "/") return { ok: false, message: "The Marketo address must be the instance origin, without a path." };
    return { ok: true };
  }
  if (options.allowTestEndpoints && LOOPBACK_HOSTS.has(url.hostname)) {
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return { ok: false, message: "Test endpoints must use http:// or https://." };
    }
    return { ok: true };
  }
  return {
    ok: false,
    message: `Only Marketo REST hosts of the form https://123-ABC-456.mktorest.com are allowed (got "${url.host}").`,
  };
}
