import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * The one wrapper every cron route goes through (STYLE.md §8). Vercel Cron sends
 * `Authorization: Bearer $CRON_SECRET`; anything else is refused. With no secret configured the route
 * refuses to run at all (fails closed), so a forgotten variable can never leave the sync open to the world.
 * The token is only ever read from the header: a query-string token would end up in access logs.
 */

export type CronHandler = (request: Request) => Promise<Response>;

/** Constant-time bearer check: both sides are hashed first, so lengths never differ and nothing leaks through timing. */
export function hasValidBearer(request: Request, secret: string): boolean {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer (.+)$/.exec(header);
  if (!match) return false;
  const given = createHash("sha256").update(match[1]).digest();
  const expected = createHash("sha256").update(secret).digest();
  return timingSafeEqual(given, expected);
}

/** The header a cron route expects, for calls this app makes to itself (fan-out). */
export function cronAuthorization(secret: string): Record<string, string> {
  return { authorization: `Bearer ${secret}` };
}

export function withCron(handler: CronHandler): CronHandler {
  return async (request) => {
    const path = new URL(request.url).pathname;
    // Read per request (not at import) so the route module never caches a configuration decision.
    const secret = env.CRON_SECRET;
    if (!secret) {
      console.error(`[cron] ${path}: CRON_SECRET is not set; refusing to run. Set it in the deployment's environment.`);
      return Response.json({ error: "Cron is not configured on this deployment." }, { status: 503 });
    }
    if (!hasValidBearer(request, secret)) {
      // Never log the header itself: a near-miss may be the secret with a typo.
      console.warn(`[cron] ${path}: unauthorized request refused`);
      return Response.json({ error: "Unauthorized" }, { status: 401 });
    }
    try {
      return await handler(request);
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      console.error(`[cron] ${path} failed: ${err.name}: ${err.message}`);
      return Response.json({ error: "The scheduled job failed; see the server log." }, { status: 500 });
    }
  };
}
