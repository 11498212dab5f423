import { redirect } from "next/navigation";
import { getWorkspaceContext, requireUser } from "@/lib/auth/context";

/** Sends each person to where their work starts: viewers read Activity, others set up the Connection. */
export default async function Home() {
  const user = await requireUser();
  const context = await getWorkspaceContext(user);
  if (context) redirect(context.role === "viewer" ? "/activity" : "/connection");
  redirect(user.staffRole ? "/support" : "/no-workspace");
}
