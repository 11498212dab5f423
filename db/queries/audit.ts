import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { auditLog, users } from "@/db/schema";

export type AuditListItem = {
  id: number;
  action: string;
  detail: Record<string, unknown>;
  createdAt: Date;
  actorName: string | null;
  actorEmail: string | null;
};

export async function listAuditEntries(
  workspaceId: string,
  { limit, offset }: { limit: number; offset: number },
): Promise<{ rows: AuditListItem[]; total: number }> {
  const db = await getDb();
  const where = eq(auditLog.workspaceId, workspaceId);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        action: auditLog.action,
        detail: auditLog.detail,
        createdAt: auditLog.createdAt,
        actorName: users.name,
        actorEmail: users.email,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.userId))
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { rows, total };
}
