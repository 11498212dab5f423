import "server-only";
import { and, asc, desc, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { invitations, memberships, users, type Role } from "@/db/schema";

export type MemberRow = { userId: string; name: string; email: string; role: Role; joinedAt: Date };
export type PendingInvitation = { id: string; email: string; role: Role; expiresAt: Date; createdAt: Date; invitedByName: string | null };

export async function listMembers(workspaceId: string): Promise<MemberRow[]> {
  const db = await getDb();
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, joinedAt: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(asc(users.name), asc(users.email));
}

/** Invitations not yet accepted and not expired. */
export async function listPendingInvitations(workspaceId: string, now = new Date()): Promise<PendingInvitation[]> {
  const db = await getDb();
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
      invitedByName: users.name,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(and(eq(invitations.workspaceId, workspaceId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now)))
    .orderBy(desc(invitations.createdAt));
}
