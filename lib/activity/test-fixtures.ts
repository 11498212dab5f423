import { migrate, openDb, type Handle } from "@/db";
import { processes, recordOutcomes, workspaces, type Outcome, type Process, type RecordOutcome } from "@/db/schema";

/**
 * Rows for tests and demo data of the Activity pages, written straight into the tables the sync
 * engine fills. Not imported by application code.
 */

export async function openMigratedPglite(): Promise<Handle> {
  const handle = await openDb({ driver: "pglite", pgliteDir: "memory://" });
  await migrate(handle);
  return handle;
}

export async function addWorkspace(handle: Handle, name: string, on24ClientId: string | null = null): Promise<string> {
  const [row] = await handle.db.insert(workspaces).values({ name, on24ClientId }).returning({ id: workspaces.id });
  return row.id;
}

export type ProcessSeed = Partial<Omit<Process, "id" | "workspaceId">>;

export async function addProcess(handle: Handle, workspaceId: string, values: ProcessSeed = {}): Promise<number> {
  const [row] = await handle.db
    .insert(processes)
    .values({ kind: "incremental", status: "completed", ...values, workspaceId })
    .returning({ id: processes.id });
  return row.id;
}

export type OutcomeSeed = Partial<Omit<RecordOutcome, "id" | "processId" | "workspaceId">> & { outcome: Outcome };

/** Outcome rows of one process; returns their ids in the order given. */
export async function addOutcomes(handle: Handle, workspaceId: string, processId: number, rows: OutcomeSeed[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await handle.db
    .insert(recordOutcomes)
    .values(rows.map((r) => ({ ...r, workspaceId, processId })))
    .returning({ id: recordOutcomes.id });
  return inserted.map((r) => r.id);
}
