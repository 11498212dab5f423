"use server";

import { publicAction } from "@/lib/actions/safe-action";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { createAccountWithWorkspace } from "@/lib/auth/signup";
import { setActiveWorkspaceCookie } from "@/lib/auth/workspace-cookie";
import { signupSchema } from "@/lib/validations/auth";

export const signUp = publicAction(
  { schema: signupSchema, echo: ["name", "email", "workspaceName"] },
  async function signUp(input) {
    const { workspaceId } = await createAccountWithWorkspace(input);
    await setActiveWorkspaceCookie(workspaceId);
    await signInWithPassword(input.email, input.password, { redirectTo: "/" });
  },
);
