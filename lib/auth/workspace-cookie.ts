import "server-only";
import { cookies } from "next/headers";
import { appUrl } from "@/lib/env";
import { ACTIVE_WORKSPACE_COOKIE } from "./active-workspace";

/** A year: the choice is a preference, and it is re-checked against memberships on every request. */
const COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** Server actions only (cookies can be written there, not while rendering). */
export async function setActiveWorkspaceCookie(workspaceId: string): Promise<void> {
  (await cookies()).set(ACTIVE_WORKSPACE_COOKIE, workspaceId, {
    httpOnly: true,
    sameSite: "lax",
    secure: appUrl.startsWith("https://"),
    path: "/",
    maxAge: COOKIE_MAX_AGE_SECONDS,
  });
}

export async function clearActiveWorkspaceCookie(): Promise<void> {
  (await cookies()).delete(ACTIVE_WORKSPACE_COOKIE);
}
