/**
 * The client's IP for throttling. Vercel overwrites `x-forwarded-for` with the real client address and
 * `next start` fills it from the socket when absent; a self-hosted deployment must sit behind a proxy
 * that sets it (otherwise a client could choose its own IP bucket — the per-account limit still holds).
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || null;
}
