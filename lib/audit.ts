import type { Db } from "@/db";
import { auditLog } from "@/db/schema";

export type AuditRecord = {
  workspaceId: string | null;
  userId: string | null;
  /** dotted verb, e.g. "member.role_changed", "connection.saved" */
  action: string;
  /** What changed, in plain values. Never a secret: write `{ clientSecret: "changed" }` instead. */
  detail?: Record<string, unknown>;
};

/** Anything that can insert: the database or a transaction (so the audit row commits with the change). */
type Inserter = Pick<Db, "insert">;

export async function recordAudit(db: Inserter, record: AuditRecord): Promise<void> {
  await db.insert(auditLog).values({
    workspaceId: record.workspaceId,
    userId: record.userId,
    action: record.action,
    detail: record.detail ?? {},
  });
}
