import { CredentialsSignin } from "next-auth";

/** Thrown from `authorize` so the sign-in form can say how long to wait (a plain CredentialsSignin cannot). */
export class TooManyAttemptsError extends CredentialsSignin {
  code = "too_many_attempts";
  constructor(readonly retryAfterMs: number) {
    super("Too many sign-in attempts");
  }
}
