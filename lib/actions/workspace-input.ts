/** Shown when a form was opened in one workspace and submitted after switching to another (another tab). */
export const WRONG_WORKSPACE = "This page belongs to a workspace that is no longer active here. Reload the page and try again.";

/**
 * A `workspaceId` sent with an action must be the server's active workspace; it is then removed so no
 * handler can read it. Mutates `raw`.
 */
export function checkWorkspaceId(raw: Record<string, unknown>, context: { workspace: { id: string } }): string | null {
  if (!("workspaceId" in raw)) return null;
  const sent = raw.workspaceId;
  delete raw.workspaceId;
  return sent === context.workspace.id ? null : WRONG_WORKSPACE;
}
