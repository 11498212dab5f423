import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { findUserById } from "@/db/queries/users";
import { findMembership, listMembershipsForUser, type WorkspaceMembership } from "@/db/queries/workspaces";
import type { Role, StaffRole, Workspace } from "@/db/schema";
import { ACTIVE_WORKSPACE_COOKIE, pickActiveWorkspace } from "./active-workspace";
import { auth } from "./config";
import { passwordStamp } from "./passwords";
import { hasRole } from "./roles";

/**
 * The request context every page, server action and route handler goes through. Identity comes
 * from the session; the workspace from a cookie that is only a hint, checked against memberships.
 */

export type CurrentUser = { id: string; email: string; name: string; staffRole: StaffRole | null };
export type StaffUser = CurrentUser & { staffRole: StaffRole };
export type WorkspaceContext = {
  user: CurrentUser;
  workspace: Workspace;
  role: Role;
  /** All of the user's workspaces, for the switcher. */
  memberships: WorkspaceMembership[];
};

/** The signed-in user, or null. Also null when the password changed after the session was issued. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await findUserById(id);
  if (!user || session.user.stamp !== passwordStamp(user.passwordHash)) return null;
  return { id: user.id, email: user.email, name: user.name, staffRole: user.staffRole ?? null };
});

/** The active workspace of a user and their role in it, or null when they belong to none. */
export const getWorkspaceContext = cache(async (user: CurrentUser): Promise<WorkspaceContext | null> => {
  const memberships = await listMembershipsForUser(user.id);
  const requested = (await cookies()).get(ACTIVE_WORKSPACE_COOKIE)?.value;
  const active = pickActiveWorkspace(memberships, requested);
  if (!active) return null;
  const found = await findMembership(user.id, active.workspaceId);
  if (!found) return null;
  return { user, workspace: found.workspace, role: found.role, memberships };
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/**
 * For pages: the active workspace and role. Signed out → /login; no workspace → /support for staff,
 * otherwise /no-workspace; a role below `minRole` → the 403 page (app/forbidden.tsx).
 */
export async function requireWorkspace(minRole: Role = "viewer"): Promise<WorkspaceContext> {
  const user = await requireUser();
  const context = await getWorkspaceContext(user);
  if (!context) redirect(user.staffRole ? "/support" : "/no-workspace");
  if (!hasRole(context.role, minRole)) forbidden();
  return context;
}

/** For staff pages: support or on-call staff (optionally only some roles), else the 403 page. */
export async function requireStaff(roles?: StaffRole[]): Promise<StaffUser> {
  const user = await requireUser();
  if (!isStaff(user, roles)) forbidden();
  return user;
}

export function isStaff(user: CurrentUser, roles?: StaffRole[]): user is StaffUser {
  return user.staffRole !== null && (!roles || roles.includes(user.staffRole));
}
