/** Audit actions as sentences; unknown actions (added by later features) fall back to their code. */
const LABELS: Record<string, string> = {
  "workspace.created": "Created the workspace",
  "member.invited": "Invited a member",
  "member.invitation_revoked": "Withdrew an invitation",
  "member.joined": "Joined the workspace",
  "member.role_changed": "Changed a member's role",
  "member.removed": "Removed a member",
  "connection.saved": "Saved the connection (Test Connection passed; syncing on)",
  "connection.on24_associated": "Associated an ON24 access token",
  "connection.on24_disassociated": "Disassociated the ON24 access token",
  "options.saved": "Changed the options",
  "options.backfill_requested": "Requested a backfill",
  "workspace.virtual_conference_changed": "Changed Virtual Conference syncing (support staff)",
};

/** Detail keys as people read them; values are already plain words ("changed", "on → off", dates). */
const DETAIL_LABELS: Record<string, string> = {
  marketoClientId: "Marketo Client ID",
  marketoIdentityUrl: "Marketo address",
  clientSecret: "Client Secret",
  customObjectFields: "Custom object fields",
  syncing: "Syncing",
  on24ClientId: "ON24 client ID",
  region: "Region",
  accessTokenKey: "Access token key",
  accessTokenSecret: "Access token secret",
  on24BaseUrl: "ON24 base URL",
  runs: "Runs",
};

const REGION_LABELS: Record<string, string> = { na: "North America", eu: "Europe and Global" };

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action;
}

/** Detail values as short text; nested values are shown as JSON. Secrets are never stored, so none can show. */
export function auditDetailEntries(detail: Record<string, unknown>): [string, string][] {
  return Object.entries(detail).map(([key, value]) => {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    return [DETAIL_LABELS[key] ?? key, key === "region" ? (REGION_LABELS[text] ?? text) : text];
  });
}
