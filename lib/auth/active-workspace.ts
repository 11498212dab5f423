import type { WorkspaceMembership } from "@/db/queries/workspaces";

/** Holds the id of the workspace the user last chose; only ever a hint, checked against memberships. */
export const ACTIVE_WORKSPACE_COOKIE = "active_workspace";

/**
 * The workspace a request acts on: the one the cookie names if the user is a member of it,
 * otherwise the user's first membership. A forged or stale cookie therefore falls back silently.
 */
export function pickActiveWorkspace(
  memberships: WorkspaceMembership[],
  requestedId: string | undefined,
): WorkspaceMembership | null {
  return memberships.find((m) => m.workspaceId === requestedId) ?? memberships[0] ?? null;
}
