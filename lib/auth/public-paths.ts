/** Pages and endpoints anyone may open; everything else needs a session (checked again on the server). */
const PUBLIC_PREFIXES = ["/login", "/signup", "/forgot-password", "/reset-password", "/invite", "/api/auth", "/api/cron", "/api/sandbox"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** Where a signed-out visitor is sent: the sign-in page, remembering the page they wanted. */
export function loginRedirectPath(pathname: string, search: string): string {
  const wanted = `${pathname}${search}`;
  return wanted === "/" ? "/login" : `/login?${new URLSearchParams({ next: wanted })}`;
}
