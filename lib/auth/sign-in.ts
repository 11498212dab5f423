import "server-only";
import { AuthError } from "next-auth";
import { ActionError } from "@/lib/actions/action-error";
import { signIn } from "./config";
import { TooManyAttemptsError } from "./errors";
import { throttleMessage } from "./throttle";

export const INCORRECT_CREDENTIALS = "Incorrect email or password.";

/**
 * Signs in from a server action through the Credentials provider (so the login throttle applies).
 * With `redirectTo`, success throws Next's redirect, which must propagate (STACK.md trap 4: only
 * AuthError is caught). With `redirect: false`, the session cookie is set and the caller continues.
 */
export async function signInWithPassword(
  email: string,
  password: string,
  options: { redirectTo: string } | { redirect: false },
): Promise<void> {
  try {
    await signIn("credentials", { email, password, ...options });
  } catch (error) {
    if (error instanceof TooManyAttemptsError) throw new ActionError(throttleMessage(error.retryAfterMs));
    if (error instanceof AuthError) throw new ActionError(INCORRECT_CREDENTIALS);
    throw error;
  }
}
