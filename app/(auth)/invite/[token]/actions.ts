"use server";

import { redirect } from "next/navigation";
import { ActionError } from "@/lib/actions/action-error";
import { publicAction, userAction } from "@/lib/actions/safe-action";
import { acceptInvitation, findOpenInvitation, INVALID_INVITATION, type OpenInvitation } from "@/lib/auth/invitations";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { createUser } from "@/lib/auth/signup";
import { setActiveWorkspaceCookie } from "@/lib/auth/workspace-cookie";
import { findUserByEmail } from "@/db/queries/users";
import {
  acceptInvitationExistingUserSchema,
  acceptInvitationNewUserSchema,
  acceptInvitationSignedInSchema,
} from "@/lib/validations/members";

/** A new person: the account is created for the invited email (never one typed in the form). */
export const acceptAsNewUser = publicAction({ schema: acceptInvitationNewUserSchema, echo: ["name"] }, async function acceptAsNewUser(input) {
  const invitation = await openInvitation(input.token);
  if (await findUserByEmail(invitation.email)) {
    throw new ActionError(`${invitation.email} already has an account. Reload this page to sign in and accept.`);
  }
  const { userId } = await createUser({ name: input.name, email: invitation.email, password: input.password });
  await join(invitation, userId);
  await signInWithPassword(invitation.email, input.password, { redirectTo: "/" });
});

/** An existing account: signing in with its password proves who accepts. */
export const acceptWithPassword = publicAction({ schema: acceptInvitationExistingUserSchema }, async function acceptWithPassword(input) {
  const invitation = await openInvitation(input.token);
  await signInWithPassword(invitation.email, input.password, { redirect: false });
  const user = await findUserByEmail(invitation.email);
  if (!user) throw new ActionError(INVALID_INVITATION);
  await join(invitation, user.id);
  redirect("/");
});

/** Already signed in as the invited email. */
export const acceptSignedIn = userAction({ schema: acceptInvitationSignedInSchema }, async function acceptSignedIn(input, { user }) {
  const invitation = await openInvitation(input.token);
  if (user.email !== invitation.email) {
    throw new ActionError(`This invitation is for ${invitation.email}, but you are signed in as ${user.email}.`);
  }
  await join(invitation, user.id);
  redirect("/");
});

async function openInvitation(token: string): Promise<OpenInvitation> {
  const invitation = await findOpenInvitation(token);
  if (!invitation) throw new ActionError(INVALID_INVITATION);
  return invitation;
}

async function join(invitation: OpenInvitation, userId: string): Promise<void> {
  if (!(await acceptInvitation(invitation, userId))) throw new ActionError(INVALID_INVITATION);
  await setActiveWorkspaceCookie(invitation.workspaceId);
}
