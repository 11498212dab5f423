// The process row of a run: created when a cycle starts, counters added with every batch commit, and
// its status and finish set when the cycle completes or stops.
import { and, eq, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { backfillJobs, processes, type Process, type ProcessKind, type ProcessStatus } from "@/db/schema";
import type { DbOrTx } from "./db-types";
import type { CountDelta } from "./counts";
import type { RunCounts } from "./types";

export const CUSTOM_OBJECT_NAME = "oN24Attendee_c";
const FINAL_STATUSES: ReadonlySet<ProcessStatus> = new Set(["completed", "completed_with_errors", "failed", "cancelled"]);

export const isFinal = (status: ProcessStatus) => FINAL_STATUSES.has(status);

export type NewProcess = {
  workspaceId: string;
  kind: ProcessKind;
  on24ClientId: string | null;
  triggeredBy: string;
  backfillJobId?: string;
  window: { start: Date | null; end: Date | null };
};

export async function createProcess(db: DbOrTx, p: NewProcess): Promise<number> {
  const [row] = await db
    .insert(processes)
    .values({
      workspaceId: p.workspaceId,
      kind: p.kind,
      status: "running",
      on24ClientId: p.on24ClientId,
      customObjectName: CUSTOM_OBJECT_NAME,
      backfillJobId: p.backfillJobId,
      windowStart: p.window.start,
      windowEnd: p.window.end,
      triggeredBy: p.triggeredBy,
      startedAt: sql`now()`,
    })
    .returning({ id: processes.id });
  return row.id;
}

export async function loadProcess(db: DbOrTx, workspaceId: string, processId: number): Promise<Process | null> {
  const [row] = await db
    .select()
    .from(processes)
    .where(and(eq(processes.id, processId), eq(processes.workspaceId, workspaceId)))
    .limit(1);
  return row ?? null;
}

/** A queued or paused (or cut-off) process continues: running again, with its first start kept. */
export async function resumeProcess(db: DbOrTx, processId: number, patch: Partial<Pick<Process, "windowStart" | "windowEnd">> = {}) {
  await db
    .update(processes)
    .set({ ...patch, status: "running", startedAt: sql`coalesce(${processes.startedAt}, now())`, errorCode: null, errorMessage: null })
    .where(eq(processes.id, processId));
}

export async function addToProcess(db: DbOrTx, processId: number, delta: Partial<CountDelta>, recordsEstimate?: number | null) {
  const add = (column: AnyPgColumn, key: keyof CountDelta) => sql`${column} + ${delta[key] ?? 0}`;
  await db
    .update(processes)
    .set({
      leadsCreated: add(processes.leadsCreated, "leadsCreated"),
      coMapped: add(processes.coMapped, "coMapped"),
      coFailed: add(processes.coFailed, "coFailed"),
      coWarnings: add(processes.coWarnings, "coWarnings"),
      skipped: add(processes.skipped, "skipped"),
      marketoCalls: add(processes.marketoCalls, "marketoCalls"),
      on24Calls: add(processes.on24Calls, "on24Calls"),
      recordsDone: add(processes.recordsDone, "recordsDone"),
      ...(recordsEstimate !== undefined && recordsEstimate !== null ? { recordsEstimate } : {}),
    })
    .where(eq(processes.id, processId));
  const [row] = await db.select({ jobId: processes.backfillJobId, done: processes.recordsDone }).from(processes).where(eq(processes.id, processId));
  // A backfill job shows its progress (records done of an estimate) from its process.
  if (row?.jobId) {
    await db
      .update(backfillJobs)
      .set({ recordsDone: row.done, ...(recordsEstimate ? { recordsEstimate } : {}), updatedAt: sql`now()` })
      .where(eq(backfillJobs.id, row.jobId));
  }
}

/** Completed, or completed with errors when any record of the process failed. */
export async function completeProcess(db: DbOrTx, processId: number) {
  await db
    .update(processes)
    .set({
      status: sql`case when ${processes.coFailed} > 0 then 'completed_with_errors' else 'completed' end`,
      finishedAt: sql`now()`,
      errorCode: null,
      errorMessage: null,
    })
    .where(eq(processes.id, processId));
}

export async function setProcessStatus(
  db: DbOrTx,
  processId: number,
  status: ProcessStatus,
  error: { code: string; message: string } | null,
  finished: boolean,
) {
  await db
    .update(processes)
    .set({
      status,
      errorCode: error?.code ?? null,
      errorMessage: error?.message ?? null,
      ...(finished ? { finishedAt: sql`now()` } : {}),
    })
    .where(eq(processes.id, processId));
}

export async function readCounts(db: DbOrTx, processId: number): Promise<{ status: ProcessStatus; counts: RunCounts }> {
  const [row] = await db.select().from(processes).where(eq(processes.id, processId));
  return {
    status: row.status,
    counts: {
      leadsCreated: row.leadsCreated,
      coMapped: row.coMapped,
      coFailed: row.coFailed,
      coWarnings: row.coWarnings,
      skipped: row.skipped,
      marketoCalls: row.marketoCalls,
      on24Calls: row.on24Calls,
      recordsDone: row.recordsDone,
      recordsEstimate: row.recordsEstimate,
    },
  };
}
