import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { sessionConfig } from "@/lib/auth/session-config";
import { isPublicPath, loginRedirectPath } from "@/lib/auth/public-paths";

/**
 * Sends signed-out visitors of portal pages to /login?next=… with a real redirect (STACK.md traps 3–4:
 * with a handler, Auth.js ignores `authorized`, so the redirect is made here). This only reads the
 * session cookie; every page, action and route still checks session, workspace and role on the server.
 */
const { auth } = NextAuth(() => sessionConfig());

export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (request.auth?.user || isPublicPath(pathname)) return NextResponse.next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  }
  return NextResponse.redirect(new URL(loginRedirectPath(pathname, search), request.nextUrl));
});

export const config = {
  // Everything except Next's own assets and files with an extension (favicon, images).
  matcher: ["/((?!_next/static|_next/image|.*\\.[a-zA-Z0-9]+$).*)"],
};
