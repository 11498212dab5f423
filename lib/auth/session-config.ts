import type { NextAuthConfig } from "next-auth";
import { getSecrets } from "@/lib/env";

/** A working day: a forgotten tab on a shared machine stops being signed in overnight. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * The part of the Auth.js configuration that reading a session needs — no providers, no database —
 * shared by the full config (lib/auth/config.ts) and proxy.ts so both read the same cookie the same way.
 * Called per request: the secret is read lazily, never while `next build` imports route modules.
 */
export function sessionConfig(): NextAuthConfig {
  return {
    secret: getSecrets().authSecret,
    trustHost: true,
    providers: [],
    // updateAge longer than maxAge: the token is never re-issued, so a session ends 8 h after sign-in.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_MAX_AGE_SECONDS * 2 },
    pages: { signIn: "/login", error: "/login" },
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.stamp = user.stamp;
        }
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
