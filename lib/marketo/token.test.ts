import { describe, expect, it } from "vitest";
import { createTokenCache, TOKEN_REFRESH_MARGIN_MS, type IssuedToken } from "./token";

const KEY = { origin: "https://123-ABC-456.mktorest.com", clientId: "client-a", clientSecret: "secret-a" };

function clockAndIssuer(expiresInSeconds = 3600) {
  let now = 1_000_000;
  let issued = 0;
  return {
    now: () => now,
    advance: (ms: number) => (now += ms),
    issued: () => issued,
    issue: async (): Promise<IssuedToken> => ({ accessToken: `token-${++issued}`, expiresInSeconds }),
  };
}

describe("createTokenCache", () => {
  it("reuses a token until a minute before it expires, then asks again", async () => {
    const clock = clockAndIssuer();
    const cache = createTokenCache(clock.now);
    expect(await cache.get(KEY, clock.issue)).toBe("token-1");
    clock.advance(3600_000 - TOKEN_REFRESH_MARGIN_MS - 1);
    expect(await cache.get(KEY, clock.issue)).toBe("token-1");
    clock.advance(1);
    expect(await cache.get(KEY, clock.issue)).toBe("token-2");
  });

  it("shares one Identity request between concurrent callers", async () => {
    const clock = clockAndIssuer();
    const cache = createTokenCache(clock.now);
    const tokens = await Promise.all([cache.get(KEY, clock.issue), cache.get(KEY, clock.issue), cache.get(KEY, clock.issue)]);
    expect(tokens).toEqual(["token-1", "token-1", "token-1"]);
    expect(clock.issued()).toBe(1);
  });

  it("keys on origin, client id and secret", async () => {
    const clock = clockAndIssuer();
    const cache = createTokenCache(clock.now);
    await cache.get(KEY, clock.issue);
    expect(await cache.get({ ...KEY, clientId: "client-b" }, clock.issue)).toBe("token-2");
    expect(await cache.get({ ...KEY, origin: "https://999-ABC-456.mktorest.com" }, clock.issue)).toBe("token-3");
    // A corrected secret must really be tried, not hidden behind the old secret's token.
    expect(await cache.get({ ...KEY, clientSecret: "secret-new" }, clock.issue)).toBe("token-4");
    expect(await cache.get(KEY, clock.issue)).toBe("token-1");
  });

  it("forgets a rejected token, but not one that already replaced it", async () => {
    const clock = clockAndIssuer();
    const cache = createTokenCache(clock.now);
    await cache.get(KEY, clock.issue);
    cache.invalidate(KEY, "token-1");
    expect(await cache.get(KEY, clock.issue)).toBe("token-2");
    cache.invalidate(KEY, "token-1"); // a late 602 for the old token
    expect(await cache.get(KEY, clock.issue)).toBe("token-2");
  });

  it("uses a nearly expired token Marketo handed back until it lapses, without asking on every call", async () => {
    const clock = clockAndIssuer(20);
    const cache = createTokenCache(clock.now);
    await cache.get(KEY, clock.issue);
    clock.advance(18_000);
    expect(await cache.get(KEY, clock.issue)).toBe("token-1");
    clock.advance(1_000);
    expect(await cache.get(KEY, clock.issue)).toBe("token-2");
  });

  it("does not cache a failed Identity request", async () => {
    const clock = clockAndIssuer();
    const cache = createTokenCache(clock.now);
    await expect(cache.get(KEY, async () => Promise.reject(new Error("401")))).rejects.toThrow("401");
    expect(await cache.get(KEY, clock.issue)).toBe("token-1");
  });
});
