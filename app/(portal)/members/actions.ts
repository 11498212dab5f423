"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { workspaceAction } from "@/lib/actions/safe-action";
import { inviteMember, revokeInvitation } from "@/lib/auth/invitations";
import { changeMemberRole, removeMember } from "@/lib/auth/membership";
import { changeRoleSchema, inviteMemberSchema, removeMemberSchema, revokeInvitationSchema } from "@/lib/validations/members";

export const inviteMemberAction = workspaceAction(
  { schema: inviteMemberSchema, role: "admin", echo: ["email"] },
  async function inviteMemberAction(input, { user, workspace }) {
    await inviteMember({ workspaceId: workspace.id, workspaceName: workspace.name, userId: user.id, userName: user.name }, input);
    revalidatePath("/members");
    return { message: `Invitation sent to ${input.email}.` };
  },
);

export const changeRoleAction = workspaceAction({ schema: changeRoleSchema, role: "admin" }, async function changeRoleAction(input, { user, workspace }) {
  await changeMemberRole({ workspaceId: workspace.id, actorId: user.id, userId: input.userId, role: input.role });
  // An admin who made themselves a marketer or viewer can no longer see this page.
  if (input.userId === user.id && input.role !== "admin") redirect("/");
  revalidatePath("/members");
  return { message: "Role updated." };
});

export const removeMemberAction = workspaceAction({ schema: removeMemberSchema, role: "admin" }, async function removeMemberAction(input, { user, workspace }) {
  await removeMember({ workspaceId: workspace.id, actorId: user.id, userId: input.userId });
  if (input.userId === user.id) redirect("/");
  revalidatePath("/members");
  return { message: "Member removed." };
});

export const revokeInvitationAction = workspaceAction(
  { schema: revokeInvitationSchema, role: "admin" },
  async function revokeInvitationAction(input, { user, workspace }) {
    await revokeInvitation(workspace.id, input.invitationId, user.id);
    revalidatePath("/members");
    return { message: "Invitation withdrawn." };
  },
);
