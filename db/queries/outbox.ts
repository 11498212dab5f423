import "server-only";
import { and, count, desc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { outboxEmails, type OutboxEmail } from "@/db/schema";

export type OutboxListItem = Pick<OutboxEmail, "id" | "subject" | "to" | "kind" | "status" | "error" | "createdAt">;

/** The workspace's emails, newest first. Emails without a workspace (password resets) are never listed here. */
export async function listOutboxEmails(
  workspaceId: string,
  { limit, offset }: { limit: number; offset: number },
): Promise<{ rows: OutboxListItem[]; total: number }> {
  const db = await getDb();
  const where = eq(outboxEmails.workspaceId, workspaceId);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: outboxEmails.id,
        subject: outboxEmails.subject,
        to: outboxEmails.to,
        kind: outboxEmails.kind,
        status: outboxEmails.status,
        error: outboxEmails.error,
        createdAt: outboxEmails.createdAt,
      })
      .from(outboxEmails)
      .where(where)
      .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(outboxEmails).where(where),
  ]);
  return { rows, total };
}

/** One email, only if it belongs to the workspace (an id from the URL is never trusted on its own). */
export async function getOutboxEmail(workspaceId: string, id: number): Promise<OutboxEmail | null> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(outboxEmails)
    .where(and(eq(outboxEmails.workspaceId, workspaceId), eq(outboxEmails.id, id)))
    .limit(1);
  return row ?? null;
}
