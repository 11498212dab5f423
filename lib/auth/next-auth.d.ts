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
  }
}
