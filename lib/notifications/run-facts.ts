import { and, count, desc, eq, max } from "drizzle-orm";
import type { Db } from "@/db";
import { processes, recordOutcomes, workspaceOptions, workspaces, type Process, type Workspace, type WorkspaceOptions } from "@/db/schema";

/** Three reasons cover what a reader acts on; the process page lists every one. */
const TOP_REASONS = 3;

export type RunFacts = {
  process: Process;
  workspace: Pick<Workspace, "id" | "name" | "on24ClientId" | "pausedUntil" | "pauseReason" | "connectionStatus" | "connectionError">;
  options: Pick<WorkspaceOptions, "notificationsEnabled" | "notificationRecipients" | "notifyEmptyRuns"> | null;
};

export type ReasonCount = { code: string; count: number; example: string | null };

/** The process, its workspace and notification options; null when the process does not exist. */
export async function loadRunFacts(db: Db, processId: number): Promise<RunFacts | null> {
  const [row] = await db
    .select({
      process: processes,
      workspace: {
        id: workspaces.id,
        name: workspaces.name,
        on24ClientId: workspaces.on24ClientId,
        pausedUntil: workspaces.pausedUntil,
        pauseReason: workspaces.pauseReason,
        connectionStatus: workspaces.connectionStatus,
        connectionError: workspaces.connectionError,
      },
      options: {
        notificationsEnabled: workspaceOptions.notificationsEnabled,
        notificationRecipients: workspaceOptions.notificationRecipients,
        notifyEmptyRuns: workspaceOptions.notifyEmptyRuns,
      },
    })
    .from(processes)
    .innerJoin(workspaces, eq(workspaces.id, processes.workspaceId))
    .leftJoin(workspaceOptions, eq(workspaceOptions.workspaceId, processes.workspaceId))
    .where(eq(processes.id, processId))
    .limit(1);
  if (!row) return null;
  // A left join with no options row yields an object of nulls.
  const options = row.options?.notificationsEnabled == null ? null : row.options;
  return { process: row.process, workspace: row.workspace, options };
}

/** The most frequent failure codes of a run, each with one of its messages as an example. */
export async function topFailureReasons(db: Db, processId: number, limit = TOP_REASONS): Promise<ReasonCount[]> {
  const rows = await db
    .select({ code: recordOutcomes.code, count: count(), example: max(recordOutcomes.message) })
    .from(recordOutcomes)
    .where(and(eq(recordOutcomes.processId, processId), eq(recordOutcomes.outcome, "failed")))
    .groupBy(recordOutcomes.code)
    .orderBy(desc(count()), recordOutcomes.code)
    .limit(limit);
  return rows.map((r) => ({ code: r.code ?? "unknown", count: Number(r.count), example: r.example }));
}
