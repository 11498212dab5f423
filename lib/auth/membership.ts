import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { memberships, users, type Role } from "@/db/schema";
import { ActionError } from "@/lib/actions/action-error";
import { recordAudit } from "@/lib/audit";

export const LAST_ADMIN =
  "A workspace needs at least one admin. Make someone else an admin first, then change or remove this one.";
export const NOT_A_MEMBER = "That person is not a member of this workspace.";

type Change = { workspaceId: string; actorId: string; userId: string };

/** Changes a member's role; refuses to leave the workspace without an admin. */
export async function changeMemberRole(change: Change & { role: Role }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const admins = await lockAdmins(tx, change.workspaceId);
    const member = await findMember(tx, change);
    if (member.role === change.role) return;
    if (member.role === "admin" && admins.length <= 1) throw new ActionError(LAST_ADMIN);
    await tx
      .update(memberships)
      .set({ role: change.role })
      .where(and(eq(memberships.workspaceId, change.workspaceId), eq(memberships.userId, change.userId)));
    await recordAudit(tx, {
      workspaceId: change.workspaceId,
      userId: change.actorId,
      action: "member.role_changed",
      detail: { email: member.email, from: member.role, to: change.role },
    });
  });
}

/** Removes a member (their account stays); never the last admin. */
export async function removeMember(change: Change): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const admins = await lockAdmins(tx, change.workspaceId);
    const member = await findMember(tx, change);
    if (member.role === "admin" && admins.length <= 1) throw new ActionError(LAST_ADMIN);
    await tx.delete(memberships).where(and(eq(memberships.workspaceId, change.workspaceId), eq(memberships.userId, change.userId)));
    await recordAudit(tx, {
      workspaceId: change.workspaceId,
      userId: change.actorId,
      action: "member.removed",
      detail: { email: member.email, role: member.role },
    });
  });
}

type Tx = Parameters<Parameters<Awaited<ReturnType<typeof getDb>>["transaction"]>[0]>[0];

/** Row locks on the admins serialise concurrent demotions, so two admins cannot demote each other at once. */
function lockAdmins(tx: Tx, workspaceId: string) {
  return tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "admin")))
    .for("update");
}

async function findMember(tx: Tx, change: Change): Promise<{ role: Role; email: string }> {
  const [member] = await tx
    .select({ role: memberships.role, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, change.workspaceId), eq(memberships.userId, change.userId)))
    .limit(1);
  if (!member) throw new ActionError(NOT_A_MEMBER);
  return member;
}
