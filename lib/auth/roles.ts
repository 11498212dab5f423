import type { Role } from "@/db/schema";

/** admin > marketer > viewer: each role can do everything the ones below it can. */
const ROLE_RANK: Record<Role, number> = { viewer: 1, marketer: 2, admin: 3 };

export function hasRole(role: Role, minRole: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[minRole];
}

export const ROLE_LABELS: Record<Role, string> = { admin: "Admin", marketer: "Marketer", viewer: "Viewer" };

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: "Everything, plus members, options and the outbox",
  marketer: "Connects ON24 and Marketo and runs tests",
  viewer: "Reads the activity log",
};

/** The same, as a sentence about people in the role (invitation page). */
export const ROLE_SENTENCES: Record<Role, string> = {
  admin: "Admins can do everything, including managing members, options and the outbox.",
  marketer: "Marketers connect ON24 and Marketo and run connection tests.",
  viewer: "Viewers read the activity log.",
};
