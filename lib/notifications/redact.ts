/**
 * Error messages reach us from vendors and from our own code; some carry credentials (Marketo puts
 * `access_token` in URLs, a failed identity call may echo `client_secret`). Everything free-form that
 * goes into an email passes through here first, and no template reads the connections table.
 */

// Query or form parameters whose values are credentials.
const SECRET_PARAMS = /\b(access_token|client_secret|client_id|refresh_token|api_key|apikey|token|secret|password)=([^&\s"'<>]+)/gi;
// Authorisation headers and ON24's token headers, wherever a message quotes them.
const SECRET_HEADERS = /\b(authorization|accesstokenkey|accesstokensecret|x-api-key)(\s*[:=]\s*)("?)(bearer\s+|basic\s+)?[^\s",;]+/gi;
const BEARER = /\b(bearer\s+)[^\s",;]+/gi;
// Candidate opaque strings: long runs of key/token characters (base64, hex, JWT parts).
const LONG_RUN = /[A-Za-z0-9+/=_-]{20,}/g;
// A canonical UUID is one of our ids (workspace, process) or a Marketo request id: support needs it.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Emails are read, not parsed: a long message is cut rather than allowed to bury the action. */
const MAX_LENGTH = 600;

export function redactSecrets(text: string | null | undefined): string {
  if (!text) return "";
  const cleaned = text
    .replace(SECRET_PARAMS, (_m, name: string) => `${name}=[redacted]`)
    .replace(SECRET_HEADERS, (_m, name: string, sep: string, quote: string, scheme = "") => `${name}${sep}${quote}${scheme}[redacted]`)
    .replace(BEARER, (_m, scheme: string) => `${scheme}[redacted]`)
    .replace(LONG_RUN, redactOpaque);
  return cleaned.length > MAX_LENGTH ? `${cleaned.slice(0, MAX_LENGTH - 1)}…` : cleaned;
}

/**
 * A URL path ("rest/v1/customobjects/oN24Attendee_c/describe") is made of words and stays; a key is
 * one long run mixing letters and digits. Paths are judged segment by segment.
 */
function redactOpaque(run: string): string {
  if (UUID.test(run) || run.includes("[redacted]")) return run;
  if (!run.includes("/")) return looksOpaque(run, 32) ? "[redacted]" : run;
  return run
    .split("/")
    .map((part) => (looksOpaque(part, 16) ? "[redacted]" : part))
    .join("/");
}

function looksOpaque(part: string, minLength: number): boolean {
  return part.length >= minLength && /\d/.test(part) && /[A-Za-z]/.test(part) && !UUID.test(part);
}
