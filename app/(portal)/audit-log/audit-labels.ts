/** Audit actions as sentences; unknown actions (added by later features) fall back to their code. */
const LABELS: Record<string, string> = {
  "workspace.created": "Created the workspace",
  "member.invited": "Invited a member",
  "member.invitation_revoked": "Withdrew an invitation",
  "member.joined": "Joined the workspace",
  "member.role_changed": "Changed a member's role",
  "member.removed": "Removed a member",
  "connection.saved": "Saved the connection",
  "options.saved": "Changed the options",
};

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action;
}

/** Detail values as short text; nested values are shown as JSON. Secrets are never stored, so none can show. */
export function auditDetailEntries(detail: Record<string, unknown>): [string, string][] {
  return Object.entries(detail).map(([key, value]) => [key, typeof value === "string" ? value : JSON.stringify(value)]);
}
