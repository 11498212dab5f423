import "server-only";
import { and, count, desc, eq, like, or } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { alerts, outboxEmails, workspaces, type Alert, type OutboxEmail } from "@/db/schema";

/**
 * The on-call view of the outbox: alert and recovery emails of every workspace, and the global ones
 * (scheduler) that no workspace outbox shows. Invitations and password resets are never listed here:
 * their links are credentials of someone else's account.
 */

const ON_CALL_KINDS = or(like(outboxEmails.kind, "alert:%"), like(outboxEmails.kind, "recovery:%"));

export type OnCallEmailItem = Pick<OutboxEmail, "id" | "subject" | "to" | "kind" | "status" | "error" | "workspaceId" | "createdAt"> & {
  workspaceName: string | null;
};

export async function listOnCallEmails({ limit, offset }: { limit: number; offset: number }, db?: Db): Promise<{ rows: OnCallEmailItem[]; total: number }> {
  const conn = db ?? (await getDb());
  const [rows, [{ total }]] = await Promise.all([
    conn
      .select({
        id: outboxEmails.id,
        subject: outboxEmails.subject,
        to: outboxEmails.to,
        kind: outboxEmails.kind,
        status: outboxEmails.status,
        error: outboxEmails.error,
        workspaceId: outboxEmails.workspaceId,
        createdAt: outboxEmails.createdAt,
        workspaceName: workspaces.name,
      })
      .from(outboxEmails)
      .leftJoin(workspaces, eq(workspaces.id, outboxEmails.workspaceId))
      .where(ON_CALL_KINDS)
      .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
      .limit(limit)
      .offset(offset),
    conn.select({ total: count() }).from(outboxEmails).where(ON_CALL_KINDS),
  ]);
  return { rows, total };
}

/** One alert or recovery email; any other kind is not found, whatever the id. */
export async function getOnCallEmail(id: number, db?: Db): Promise<(OnCallEmailItem & Pick<OutboxEmail, "html" | "text">) | null> {
  const conn = db ?? (await getDb());
  const [row] = await conn
    .select({
      id: outboxEmails.id,
      subject: outboxEmails.subject,
      to: outboxEmails.to,
      kind: outboxEmails.kind,
      status: outboxEmails.status,
      error: outboxEmails.error,
      workspaceId: outboxEmails.workspaceId,
      createdAt: outboxEmails.createdAt,
      workspaceName: workspaces.name,
      html: outboxEmails.html,
      text: outboxEmails.text,
    })
    .from(outboxEmails)
    .leftJoin(workspaces, eq(workspaces.id, outboxEmails.workspaceId))
    .where(and(eq(outboxEmails.id, id), ON_CALL_KINDS))
    .limit(1);
  return row ?? null;
}

export type OpenAlertItem = Pick<Alert, "id" | "kind" | "workspaceId" | "firstSeenAt" | "lastSeenAt" | "lastSentAt" | "occurrences"> & {
  workspaceName: string | null;
};

/** Problems still open, most recently seen first: what on-call is working on now. */
export async function listOpenAlerts(db?: Db): Promise<OpenAlertItem[]> {
  const conn = db ?? (await getDb());
  return conn
    .select({
      id: alerts.id,
      kind: alerts.kind,
      workspaceId: alerts.workspaceId,
      firstSeenAt: alerts.firstSeenAt,
      lastSeenAt: alerts.lastSeenAt,
      lastSentAt: alerts.lastSentAt,
      occurrences: alerts.occurrences,
      workspaceName: workspaces.name,
    })
    .from(alerts)
    .leftJoin(workspaces, eq(workspaces.id, alerts.workspaceId))
    .where(eq(alerts.status, "open"))
    .orderBy(desc(alerts.lastSeenAt));
}
