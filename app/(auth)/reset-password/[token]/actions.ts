"use server";

import { ActionError } from "@/lib/actions/action-error";
import { publicAction } from "@/lib/actions/safe-action";
import { INVALID_RESET_LINK, resetPassword } from "@/lib/auth/password-reset";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { resetPasswordSchema } from "@/lib/validations/auth";

export const setNewPassword = publicAction({ schema: resetPasswordSchema }, async function setNewPassword(input) {
  const email = await resetPassword(input.token, input.password);
  if (!email) throw new ActionError(INVALID_RESET_LINK);
  await signInWithPassword(email, input.password, { redirectTo: "/" });
});
