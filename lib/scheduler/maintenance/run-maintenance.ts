import type { Db } from "@/db";
import type { Kv } from "@/lib/kv";
import { findSchedulerStall, type SchedulerStall } from "../last-tick";
import { workspaceLockTtlMs } from "../timing";
import { deleteOldOutcomes, type RetentionResult } from "./retention";
import { findStaleRuns, markStaleRuns, type StaleRun } from "./stale-runs";

/**
 * The daily maintenance job: outcome retention, runs whose owner died, and whether the scheduler has
 * gone quiet. Returns what it found; alerting is the caller's (the cron route hands the findings to
 * lib/notifications), so this stays testable without email.
 */

export type MaintenanceReport = { retention: RetentionResult; staleRuns: StaleRun[]; scheduler: SchedulerStall };

export type MaintenanceInput = {
  db: Db;
  kv: Kv;
  retentionDays: number;
  /** Epoch ms: retention stops deleting at it (the rest waits for tomorrow). */
  deadline: number;
  now?: () => number;
  /** How long a `running` process may go without a checkpoint before it counts as dead; default the lock TTL. */
  staleAfterMs?: number;
};

export async function runMaintenance(input: MaintenanceInput): Promise<MaintenanceReport> {
  const now = input.now ?? Date.now;
  // Cheap checks first, so a long retention run cannot crowd them out of the budget.
  const scheduler = await findSchedulerStall(input.db, new Date(now()));
  const staleRuns = await findStaleRuns(input.db, input.kv, {
    silentForMs: input.staleAfterMs ?? workspaceLockTtlMs(),
    now: now(),
  });
  await markStaleRuns(input.db, staleRuns, now());
  const retention = await deleteOldOutcomes(input.db, { retentionDays: input.retentionDays, deadline: input.deadline, now });
  return { retention, staleRuns, scheduler };
}
