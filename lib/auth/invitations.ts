import "server-only";
import { createElement } from "react";
import { and, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { invitations, memberships, users, workspaces, type Role } from "@/db/schema";
import { ActionError } from "@/lib/actions/action-error";
import { recordAudit } from "@/lib/audit";
import { renderEmail } from "@/lib/email/render";
import { sendEmail } from "@/lib/email/send";
import { InvitationEmail } from "@/lib/email/templates/invitation";
import { appUrl } from "@/lib/env";
import { generateToken, hashToken } from "./tokens";

/** A week: long enough for someone on holiday, short enough that forgotten links die. */
export const INVITATION_TTL_DAYS = 7;

export const INVALID_INVITATION =
  "This invitation has expired, was withdrawn or was already used. Ask an admin of the workspace to invite you again.";

type Inviter = { workspaceId: string; workspaceName: string; userId: string; userName: string };

/**
 * Invites an email to the workspace with a role and emails the accept link. A newer invitation to the
 * same address replaces a pending one (its link stops working).
 */
export async function inviteMember(inviter: Inviter, input: { email: string; role: Role }, now = new Date()): Promise<void> {
  const db = await getDb();
  const [existing] = await db
    .select({ userId: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, inviter.workspaceId), eq(users.email, input.email)))
    .limit(1);
  if (existing) throw new ActionError(`${input.email} is already a member of this workspace.`, { email: ["Already a member."] });

  const { token, tokenHash } = generateToken();
  await db.transaction(async (tx) => {
    await tx
      .delete(invitations)
      .where(and(eq(invitations.workspaceId, inviter.workspaceId), eq(invitations.email, input.email), isNull(invitations.acceptedAt)));
    await tx.insert(invitations).values({
      workspaceId: inviter.workspaceId,
      email: input.email,
      role: input.role,
      tokenHash,
      invitedBy: inviter.userId,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_DAYS * 24 * 60 * 60_000),
    });
    await recordAudit(tx, { workspaceId: inviter.workspaceId, userId: inviter.userId, action: "member.invited", detail: input });
  });

  const acceptUrl = `${appUrl}/invite/${token}`;
  const body = await renderEmail(
    createElement(InvitationEmail, {
      workspaceName: inviter.workspaceName,
      inviterName: inviter.userName || "A teammate",
      role: input.role,
      acceptUrl,
      expiresInDays: INVITATION_TTL_DAYS,
    }),
  );
  await sendEmail({
    to: [input.email],
    subject: `You're invited to ${inviter.workspaceName} on ON24 Connect`,
    ...body,
    kind: "invitation",
    workspaceId: inviter.workspaceId,
  });
}

export type OpenInvitation = { id: string; email: string; role: Role; workspaceId: string; workspaceName: string; expiresAt: Date };

/** The invitation a link's token belongs to, if it is still open (not accepted, not expired). */
export async function findOpenInvitation(token: string, now = new Date()): Promise<OpenInvitation | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      workspaceId: invitations.workspaceId,
      workspaceName: workspaces.name,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

/**
 * Makes the user a member with the invited role and closes the invitation, once. An existing member
 * keeps their role (an invitation never demotes). Returns false when the invitation was used meanwhile.
 */
export async function acceptInvitation(invitation: OpenInvitation, userId: string, now = new Date()): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const claimed = await tx
      .update(invitations)
      .set({ acceptedAt: now })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (claimed.length === 0) return false;
    await tx
      .insert(memberships)
      .values({ userId, workspaceId: invitation.workspaceId, role: invitation.role })
      .onConflictDoNothing();
    await recordAudit(tx, {
      workspaceId: invitation.workspaceId,
      userId,
      action: "member.joined",
      detail: { email: invitation.email, role: invitation.role },
    });
    return true;
  });
}

export async function revokeInvitation(workspaceId: string, invitationId: string, actorId: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const deleted = await tx
      .delete(invitations)
      .where(and(eq(invitations.id, invitationId), eq(invitations.workspaceId, workspaceId), isNull(invitations.acceptedAt)))
      .returning({ email: invitations.email });
    if (deleted.length === 0) throw new ActionError("That invitation was already accepted or withdrawn.");
    await recordAudit(tx, { workspaceId, userId: actorId, action: "member.invitation_revoked", detail: { email: deleted[0].email } });
  });
}
