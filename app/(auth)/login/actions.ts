"use server";

import { publicAction } from "@/lib/actions/safe-action";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { loginSchema } from "@/lib/validations/auth";

export const logIn = publicAction({ schema: loginSchema, echo: ["email"] }, async function logIn(input) {
  await signInWithPassword(input.email, input.password, { redirectTo: input.next });
});
