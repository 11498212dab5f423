import "server-only";
import { getDb } from "@/db";
import { memberships, users, workspaceOptions, workspaces } from "@/db/schema";
import { ActionError } from "@/lib/actions/action-error";
import { recordAudit } from "@/lib/audit";
import { hashPassword } from "./passwords";

export const EMAIL_TAKEN = "An account with this email already exists. Sign in instead, or reset your password.";

/** A new person with their own workspace (and its default options), as its admin — all or nothing. */
export async function createAccountWithWorkspace(input: {
  name: string;
  email: string;
  password: string;
  workspaceName: string;
}): Promise<{ userId: string; workspaceId: string }> {
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!user) throw new ActionError(EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
    const [workspace] = await tx.insert(workspaces).values({ name: input.workspaceName }).returning({ id: workspaces.id });
    await tx.insert(workspaceOptions).values({ workspaceId: workspace.id });
    await tx.insert(memberships).values({ userId: user.id, workspaceId: workspace.id, role: "admin" });
    await recordAudit(tx, { workspaceId: workspace.id, userId: user.id, action: "workspace.created", detail: { name: input.workspaceName } });
    return { userId: user.id, workspaceId: workspace.id };
  });
}

/** A person joining through an invitation: an account with no workspace of its own. */
export async function createUser(input: { name: string; email: string; password: string }): Promise<{ userId: string }> {
  const db = await getDb();
  const [user] = await db
    .insert(users)
    .values({ email: input.email, name: input.name, passwordHash: await hashPassword(input.password) })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  if (!user) throw new ActionError(EMAIL_TAKEN);
  return { userId: user.id };
}
