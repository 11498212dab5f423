import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { workspaceOptions, workspaces } from "@/db/schema";
import { ActionError } from "@/lib/actions/action-error";
import { recordAudit } from "@/lib/audit";
import { DEFAULT_OPTIONS, type ConnectionOptions } from "@/lib/connection/types";

export type OptionsActor = { workspaceId: string; userId: string | null };

const LABELS: Record<keyof ConnectionOptions, string> = {
  createNewPeople: "Create New People",
  on24Registrants: "ON24 Registrants",
  notificationsEnabled: "Notifications",
  notificationRecipients: "Notification recipients",
  notifyEmptyRuns: "Also send when a run wrote nothing",
};

const show = (value: ConnectionOptions[keyof ConnectionOptions]) =>
  Array.isArray(value) ? value.join(", ") || "(none)" : value ? "on" : "off";

/** Stores the options and records what changed (from → to) in the audit log. Returns the changed labels. */
export async function saveOptions(db: Db, actor: OptionsActor, next: ConnectionOptions): Promise<string[]> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(workspaceOptions).where(eq(workspaceOptions.workspaceId, actor.workspaceId)).limit(1);
    const before: ConnectionOptions = current ?? DEFAULT_OPTIONS;
    const changes: Record<string, string> = {};
    for (const key of Object.keys(LABELS) as (keyof ConnectionOptions)[]) {
      if (show(before[key]) !== show(next[key])) changes[LABELS[key]] = `${show(before[key])} → ${show(next[key])}`;
    }
    if (Object.keys(changes).length === 0) return [];
    const values: ConnectionOptions = {
      createNewPeople: next.createNewPeople,
      on24Registrants: next.on24Registrants,
      notificationsEnabled: next.notificationsEnabled,
      notificationRecipients: next.notificationRecipients,
      notifyEmptyRuns: next.notifyEmptyRuns,
    };
    await tx
      .insert(workspaceOptions)
      .values({ workspaceId: actor.workspaceId, ...values })
      .onConflictDoUpdate({ target: workspaceOptions.workspaceId, set: { ...values, updatedAt: new Date() } });
    await recordAudit(tx, { workspaceId: actor.workspaceId, userId: actor.userId, action: "options.saved", detail: changes });
    return Object.keys(changes);
  });
}

/** Staff only (the caller checks): lets a workspace sync Virtual Conference events, or stops it. */
export async function setVirtualConference(db: Db, staffUserId: string, workspaceId: string, enabled: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    const [ws] = await tx.update(workspaces).set({ virtualConferenceEnabled: enabled }).where(eq(workspaces.id, workspaceId)).returning({ id: workspaces.id });
    if (!ws) throw new ActionError("That workspace no longer exists.");
    await recordAudit(tx, {
      workspaceId,
      userId: staffUserId,
      action: "workspace.virtual_conference_changed",
      detail: { "Virtual Conference events": enabled ? "synced" : "not synced" },
    });
  });
}
