import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { memberships, workspaces, type Role, type Workspace } from "@/db/schema";

export type WorkspaceMembership = { workspaceId: string; workspaceName: string; role: Role };

/** Every workspace the user belongs to, oldest membership first (the default when no choice was made). */
export async function listMembershipsForUser(userId: string): Promise<WorkspaceMembership[]> {
  const db = await getDb();
  return db
    .select({ workspaceId: workspaces.id, workspaceName: workspaces.name, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt), asc(workspaces.name));
}

/** The workspace and the user's role in it, or null when the user is not a member. */
export async function findMembership(userId: string, workspaceId: string): Promise<{ workspace: Workspace; role: Role } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ workspace: workspaces, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.userId, userId), eq(memberships.workspaceId, workspaceId)))
    .limit(1);
  return row ?? null;
}
