/**
 * The guard every test helper runs before touching a service (STYLE.md §14): tests create and drop
 * databases and delete keys, so they must never be pointed at anything but this machine.
 */

// Loopback only: a hostname such as "db.internal" could resolve anywhere.
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** True when `host` (a hostname, or host:port) names this machine. */
export function isLocalHost(host: string): boolean {
  const bare = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.replace(/:\d+$/, "");
  return LOCAL_HOSTS.has(bare.toLowerCase());
}

/** Throws unless `url` (postgres://, redis://, http://, ws://…) points at a loopback host. */
export function assertLocalUrl(url: string, what = "database"): void {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    throw new Error(`Refusing to run tests: the ${what} URL is not a valid URL.`);
  }
  if (!isLocalHost(host)) {
    throw new Error(`Refusing to run tests against a non-local ${what} (host "${host}"); use 127.0.0.1.`);
  }
}
