import { requireWorkspace } from "@/lib/auth/context";
import { hasRole } from "@/lib/auth/roles";
import { SyncNowForm } from "./sync-now-form";

/** "Sync now" for marketers and admins; viewers see nothing (the action refuses them anyway). */
export async function SyncNowButton() {
  const { role } = await requireWorkspace();
  return hasRole(role, "marketer") ? <SyncNowForm /> : null;
}
