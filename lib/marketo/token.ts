import { createHash } from "node:crypto";

/**
 * Access tokens cached per (instance origin, client id). Marketo returns the *same* token with its
 * remaining lifespan when asked again before expiry (DEV/authentication), so we refresh a minute early
 * and, when Marketo hands back a token with less than that left, keep using it until it actually lapses.
 * A hash of the secret is part of the key so that a corrected secret is really tried, not masked by a
 * token obtained with the old one.
 */

/** Refresh this long before expiry: a call started just before expiry must not arrive after it. */
export const TOKEN_REFRESH_MARGIN_MS = 60_000;

export type IssuedToken = { accessToken: string; expiresInSeconds: number };
type Entry = { accessToken: string; expiresAt: number; refreshAt: number };

export type TokenCache = {
  /** A token that is still fresh, else the result of `issue()` (concurrent callers share one request). */
  get(key: TokenKey, issue: () => Promise<IssuedToken>): Promise<string>;
  /** Forget `token` after Marketo rejected it (601/602), unless it was already replaced. */
  invalidate(key: TokenKey, token: string): void;
};

export type TokenKey = { origin: string; clientId: string; clientSecret: string };

export function createTokenCache(now: () => number = Date.now): TokenCache {
  const entries = new Map<string, Entry>();
  const pending = new Map<string, Promise<string>>();

  return {
    async get(key, issue) {
      const id = cacheId(key);
      const entry = entries.get(id);
      if (entry && now() < entry.refreshAt) return entry.accessToken;
      const running = pending.get(id);
      if (running) return running;
      const request = issue()
        .then(({ accessToken, expiresInSeconds }) => {
          const issuedAt = now();
          const expiresAt = issuedAt + expiresInSeconds * 1000;
          const refreshAt =
            expiresInSeconds * 1000 > TOKEN_REFRESH_MARGIN_MS ? expiresAt - TOKEN_REFRESH_MARGIN_MS : expiresAt - 1_000;
          entries.set(id, { accessToken, expiresAt, refreshAt });
          return accessToken;
        })
        .finally(() => pending.delete(id));
      pending.set(id, request);
      return request;
    },
    invalidate(key, token) {
      const id = cacheId(key);
      if (entries.get(id)?.accessToken === token) entries.delete(id);
    },
  };
}

function cacheId({ origin, clientId, clientSecret }: TokenKey): string {
  const secretHash = createHash("sha256").update(clientSecret).digest("hex").slice(0, 16);
  return `${origin.toLowerCase()}\u0000${clientId}\u0000${secretHash}`;
}

const SHARED_KEY = Symbol.for("on24connect.marketo.tokens");

/** The process-wide cache used by default, so every client of one service shares its token. */
export function getSharedTokenCache(): TokenCache {
  const holder = globalThis as unknown as Record<symbol, TokenCache | undefined>;
  return (holder[SHARED_KEY] ??= createTokenCache());
}
