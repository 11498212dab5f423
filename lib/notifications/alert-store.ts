import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { alerts, workspaces, type Alert } from "@/db/schema";
import type { AlertDetail, AlertKind, AlertPlace } from "./alert-kinds";

/** Enough to recognise a repeated report of the same occurrence (a retried run finish) among recent ones. */
const REMEMBERED_OCCURRENCES = 20;

type StoredDetail = AlertDetail & { occurrenceKeys?: string[] };

const openAlertOf = (kind: AlertKind, workspaceId: string | null) =>
  and(eq(alerts.kind, kind), eq(alerts.status, "open"), workspaceId ? eq(alerts.workspaceId, workspaceId) : isNull(alerts.workspaceId));

/**
 * Opens the alert of (workspace, kind) or bumps the open one: occurrences + 1, last seen now, detail
 * replaced by the latest. An occurrence already counted (same key) changes nothing and returns counted=false.
 */
export async function recordOccurrence(
  db: Db,
  input: { kind: AlertKind; workspaceId: string | null; detail: AlertDetail; occurrenceKey?: string; now: Date },
): Promise<{ alert: Alert; counted: boolean }> {
  const keys = input.occurrenceKey ? [input.occurrenceKey] : [];
  // Two attempts: if a concurrent caller opens the alert between our read and insert, the unique
  // open-alert index refuses our insert and the second pass bumps theirs.
  for (let attempt = 0; attempt < 2; attempt++) {
    const [open] = await db.select().from(alerts).where(openAlertOf(input.kind, input.workspaceId)).limit(1);
    if (open) {
      const seen = (open.detail as StoredDetail).occurrenceKeys ?? [];
      if (input.occurrenceKey && seen.includes(input.occurrenceKey)) return { alert: open, counted: false };
      const detail: StoredDetail = { ...input.detail, occurrenceKeys: [...seen, ...keys].slice(-REMEMBERED_OCCURRENCES) };
      const [bumped] = await db
        .update(alerts)
        .set({ occurrences: sql`${alerts.occurrences} + 1`, lastSeenAt: input.now, detail })
        .where(and(eq(alerts.id, open.id), eq(alerts.status, "open")))
        .returning();
      if (bumped) return { alert: bumped, counted: true };
      continue; // resolved meanwhile: open a new one
    }
    const [created] = await db
      .insert(alerts)
      .values({
        kind: input.kind,
        workspaceId: input.workspaceId,
        firstSeenAt: input.now,
        lastSeenAt: input.now,
        detail: { ...input.detail, occurrenceKeys: keys },
      })
      .onConflictDoNothing()
      .returning();
    if (created) return { alert: created, counted: true };
  }
  throw new Error(`Could not record the ${input.kind} alert: it changed under us twice.`);
}

export async function markAlertSent(db: Db, alertId: number, now: Date): Promise<void> {
  await db.update(alerts).set({ lastSentAt: now }).where(eq(alerts.id, alertId));
}

/** Closes the open alert of (workspace, kind); null when none was open. Only one caller wins a race. */
export async function closeOpenAlert(db: Db, kind: AlertKind, workspaceId: string | null, now: Date): Promise<Alert | null> {
  const [closed] = await db
    .update(alerts)
    .set({ status: "resolved", resolvedAt: now })
    .where(openAlertOf(kind, workspaceId))
    .returning();
  return closed ?? null;
}

export async function findOpenAlert(db: Db, kind: AlertKind, workspaceId: string | null): Promise<Alert | null> {
  const [open] = await db.select().from(alerts).where(openAlertOf(kind, workspaceId)).limit(1);
  return open ?? null;
}

export async function loadAlertPlace(db: Db, workspaceId: string | null): Promise<AlertPlace> {
  if (!workspaceId) return null;
  const [row] = await db
    .select({ id: workspaces.id, name: workspaces.name, on24ClientId: workspaces.on24ClientId })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId))
    .limit(1);
  // A workspace deleted meanwhile is still named by its id.
  return row ?? { id: workspaceId, name: "(deleted workspace)", on24ClientId: null };
}
