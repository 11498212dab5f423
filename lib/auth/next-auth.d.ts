import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface User {
    /** passwordStamp() of the hash at sign-in; a changed password invalidates the session. */
    stamp?: string;
  }
  interface Session {
    user: { id: string; stamp?: string } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    stamp?: string;
    /** Epoch seconds of the sign-in; the session ends SESSION_MAX_AGE_SECONDS later, however often it is read. */
    signedInAt?: number;
  }
}
