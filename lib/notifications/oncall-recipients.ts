import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { env, isEmbedded } from "@/lib/env";

/**
 * Who gets on-call alerts: ONCALL_EMAILS. In the embedded default with no email provider, where every
 * email stays in the outbox anyway, the on-call staff accounts stand in, so a newcomer trying the demo
 * sees the alerts a failed run produces. Anywhere else, unset means alerts are recorded but not emailed.
 */
export async function defaultOncallRecipients(db: Db): Promise<string[]> {
  if (env.ONCALL_EMAILS) return env.ONCALL_EMAILS;
  if (!isEmbedded || env.RESEND_API_KEY) return [];
  const staff = await db.select({ email: users.email }).from(users).where(eq(users.staffRole, "oncall"));
  return staff.map((s) => s.email);
}
