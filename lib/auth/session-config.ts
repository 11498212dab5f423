import type { NextAuthConfig } from "next-auth";
import { getSecrets } from "@/lib/env";

/** A working day: a forgotten tab on a shared machine stops being signed in overnight. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export function sessionExpired(signedInAt: unknown, nowMs = Date.now()): boolean {
  return typeof signedInAt !== "number" || nowMs / 1000 - signedInAt > SESSION_MAX_AGE_SECONDS;
}

/**
 * The session part of the Auth.js configuration (no providers, no database); lib/auth/config.ts adds
 * the Credentials provider. Called per request: the secret is read lazily, never while `next build`
 * imports route modules.
 */
export function sessionConfig(): NextAuthConfig {
  return {
    secret: getSecrets().authSecret,
    trustHost: true,
    providers: [],
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.stamp = user.stamp;
          token.signedInAt = Math.floor(Date.now() / 1000);
        }
        // Auth.js re-issues JWTs whenever the session endpoint is read; this keeps the 8 h absolute.
        if (sessionExpired(token.signedInAt)) return null;
        return token;
      },
      session({ session, token }) {
        session.user.id = token.sub ?? "";
        session.user.stamp = typeof token.stamp === "string" ? token.stamp : undefined;
        return session;
      },
    },
    logger: {
      // A wrong password is not a server error; everything else is logged by its name and message only.
      error(error) {
        // `type` (not `name`): class names can be minified in production server bundles.
        if ((error as Error & { type?: string }).type === "CredentialsSignin") return;
        console.error(`[auth] ${error.name}: ${error.message}`);
      },
    },
  };
}
