import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { isPublicPath, loginRedirectPath } from "@/lib/auth/public-paths";
import { getSecrets } from "@/lib/env";

/**
 * Sends signed-out visitors of portal pages to /login?next=… with a real redirect (STACK.md traps 3–4).
 * It only reads and verifies the session cookie. It deliberately does not use Auth.js's `auth()`
 * wrapper: that re-issues the cookie on every request, and a prefetch in flight during sign-out would
 * bring the session back. Every page, action and route still checks session, workspace and role itself.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isPublicPath(pathname) || (await hasSession(request))) return NextResponse.next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  }
  return NextResponse.redirect(new URL(loginRedirectPath(pathname, search), request.nextUrl));
}

/** Auth.js names the cookie `__Secure-…` on HTTPS; look for whichever the browser sent. */
async function hasSession(request: NextRequest): Promise<boolean> {
  const secureCookie = request.cookies.getAll().some((c) => c.name.startsWith("__Secure-authjs.session-token"));
  const token = await getToken({ req: request, secret: getSecrets().authSecret, secureCookie });
  return Boolean(token?.sub);
}

export const config = {
  // Everything except Next's own assets and files with an extension (favicon, images).
  matcher: ["/((?!_next/static|_next/image|.*\\.[a-zA-Z0-9]+$).*)"],
};
