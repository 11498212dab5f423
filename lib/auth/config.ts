import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "./credentials";
import { clientIp } from "./client-ip";
import { TooManyAttemptsError } from "./errors";
import { sessionConfig } from "./session-config";

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...sessionConfig(),
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const result = await authenticate({
          email: String(credentials.email ?? ""),
          password: String(credentials.password ?? ""),
          ip: clientIp(request.headers),
        });
        if (result.ok) return result.user;
        if (result.reason === "throttled") throw new TooManyAttemptsError(result.retryAfterMs);
        return null; // Auth.js turns this into CredentialsSignin: "Incorrect email or password."
      },
    }),
  ],
}));
