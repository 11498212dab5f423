"use server";

import { publicAction } from "@/lib/actions/safe-action";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { forgotPasswordSchema } from "@/lib/validations/auth";

/** Same answer whether or not the email has an account, so the form cannot be used to find accounts. */
export const requestReset = publicAction({ schema: forgotPasswordSchema, echo: ["email"] }, async function requestReset(input) {
  await requestPasswordReset(input.email);
  return { message: `If an account exists for ${input.email}, we've sent it a link to choose a new password. The link works for one hour.` };
});
