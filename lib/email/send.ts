import { getDb } from "@/db";
import { outboxEmails } from "@/db/schema";

export type EmailMessage = {
  to: string[];
  subject: string;
  html: string;
  text: string;
  kind: string;
  workspaceId?: string | null;
  idempotencyKey?: string;
};

/**
 * The one sender. Placeholder until the Resend path lands: writes every message to the outbox table,
 * which is what the embedded default does when RESEND_API_KEY is unset.
 */
export async function sendEmail(message: EmailMessage): Promise<{ id: number; status: string }> {
  const db = await getDb();
  const [row] = await db
    .insert(outboxEmails)
    .values({ ...message, workspaceId: message.workspaceId ?? null, status: "outbox" })
    .returning({ id: outboxEmails.id, status: outboxEmails.status });
  return row;
}
