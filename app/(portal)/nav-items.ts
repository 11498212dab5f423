import type { Role } from "@/db/schema";
import { hasRole } from "@/lib/auth/roles";

export type NavIcon = "connection" | "options" | "activity" | "guide" | "members" | "outbox" | "audit" | "support";
export type NavItem = { href: string; label: string; icon: NavIcon };

/**
 * The portal's navigation for a role. Pages enforce access themselves; this only hides links a person
 * cannot use (admins-only pages would answer 403).
 */
export function navItemsFor({ role, isStaff }: { role: Role | null; isStaff: boolean }): NavItem[] {
  const items: NavItem[] = [];
  if (role) {
    items.push(
      { href: "/connection", label: "Connection", icon: "connection" },
      { href: "/options", label: "Options", icon: "options" },
      { href: "/activity", label: "Activity", icon: "activity" },
      { href: "/setup-guide", label: "Setup guide", icon: "guide" },
    );
    if (hasRole(role, "admin")) {
      items.push(
        { href: "/members", label: "Members", icon: "members" },
        { href: "/outbox", label: "Outbox", icon: "outbox" },
        { href: "/audit-log", label: "Audit log", icon: "audit" },
      );
    }
  }
  if (isStaff) {
    items.push(
      { href: "/support", label: "Support", icon: "support" },
      // On-call alerts (some belong to no workspace) and their recoveries, for staff only.
      { href: "/support/outbox", label: "On-call emails", icon: "outbox" },
    );
  }
  return items;
}
