"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { findMembership } from "@/db/queries/workspaces";
import { ActionError } from "@/lib/actions/action-error";
import { publicAction, userAction } from "@/lib/actions/safe-action";
import { signOut } from "@/lib/auth/config";
import { clearActiveWorkspaceCookie, setActiveWorkspaceCookie } from "@/lib/auth/workspace-cookie";
import { nextPathField } from "@/lib/validations/auth";
import { switchWorkspaceSchema } from "@/lib/validations/workspace";

/** Makes another of the user's workspaces the active one; membership is checked here, not trusted. */
export const switchWorkspace = userAction({ schema: switchWorkspaceSchema }, async function switchWorkspace(input, { user }) {
  if (!(await findMembership(user.id, input.targetWorkspaceId))) throw new ActionError("You are not a member of that workspace.");
  await setActiveWorkspaceCookie(input.targetWorkspaceId);
  redirect("/");
});

/** Works with an expired session too, so signing out never fails. */
export const signOutAction = publicAction({ schema: z.object({ redirectTo: nextPathField }) }, async function signOutAction(input) {
  await clearActiveWorkspaceCookie();
  await signOut({ redirectTo: input.redirectTo === "/" ? "/login" : input.redirectTo });
});
