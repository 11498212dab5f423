/**
 * Turns whatever a marketer pastes from Admin > Integration > Web Services (the Identity URL, the REST
 * Endpoint, or just the host) into the instance origin that every call is built from, and says in words
 * what was changed. The Marketo/ON24 guide insists `/identity` be removed; we accept it and remove it.
 * Loopback URLs (the sandbox) may keep a path prefix such as `/api/sandbox/marketo`.
 */

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
/** The first path segment that starts Marketo's own routes; everything from it on is dropped. */
const API_SEGMENTS = ["identity", "rest", "bulk"] as const;

export type NormalizedMarketoUrl = { origin: string; changes: string[] } | { error: string };

export function normalizeMarketoUrl(input: string): NormalizedMarketoUrl {
  const changes: string[] = [];
  let text = input ?? "";
  const trimmed = text.trim().replace(/^["'<]+|["'>]+$/g, "");
  if (trimmed !== text) changes.push("Removed spaces or quotes around the address.");
  text = trimmed;
  if (!text) return { error: "Enter the Identity URL shown in Marketo under Admin > Integration > Web Services." };
  if (/\s/.test(text)) return { error: "The address contains spaces; paste only the URL." };

  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    text = `https://${text.replace(/^\/+/, "")}`;
    changes.push("Added https:// at the start.");
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: "That is not a valid URL. It should look like https://123-ABC-456.mktorest.com/identity." };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { error: "The address must start with https://." };
  if (url.username || url.password) return { error: "The address must not contain a user name or password." };

  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol === "http:" && !loopback) {
    url.protocol = "https:";
    changes.push("Changed http:// to https://.");
  }
  if (url.search || url.hash) changes.push("Removed the part after ? or #.");

  const segments = url.pathname.split("/").filter(Boolean);
  if (url.pathname.includes("//")) changes.push("Removed a double slash from the path.");
  const apiIndex = segments.findIndex((s) => (API_SEGMENTS as readonly string[]).includes(s.toLowerCase()));
  let prefix = segments;
  if (apiIndex >= 0) {
    const removed = `/${segments.slice(apiIndex).join("/")}`;
    prefix = segments.slice(0, apiIndex);
    changes.push(`Removed "${removed}" from the end: the service adds it to each call itself.`);
  } else if (/\/$/.test(text.split(/[?#]/)[0]) && !/:\/\/$/.test(text.split(/[?#]/)[0])) {
    changes.push("Removed the trailing slash.");
  }
  if (prefix.length > 0 && !loopback) {
    return { error: `Unexpected path "/${prefix.join("/")}". Paste the Identity URL, e.g. https://123-ABC-456.mktorest.com/identity.` };
  }
  const origin = `${url.protocol}//${url.host}${prefix.length ? `/${prefix.join("/")}` : ""}`;
  return { origin, changes };
}
