import { getDb } from "@/db";
import { env } from "@/lib/env";
import { getKv } from "@/lib/kv";
import { onLockExpired } from "@/lib/notifications/lock-expired";
import { checkSchedulerHealth } from "@/lib/notifications/scheduler-health";
import { runMaintenance } from "@/lib/scheduler/maintenance/run-maintenance";
import { invocationBudgetMs, workspaceLockTtlMs } from "@/lib/scheduler/timing";
import type { CronHandler } from "./with-cron";

/**
 * GET /api/cron/maintenance behind withCron: the daily maintenance job, then its findings handed to the
 * on-call alerts (a dead run's workspace; a scheduler that has gone quiet). Answers what it found.
 */
export const handleMaintenanceCron: CronHandler = async () => {
  const started = Date.now();
  const db = await getDb();
  const report = await runMaintenance({
    db,
    kv: getKv(),
    retentionDays: env.RETENTION_DAYS,
    deadline: started + invocationBudgetMs(),
  });
  for (const run of report.staleRuns) {
    await onLockExpired(db, {
      workspaceId: run.workspaceId,
      detail: { processId: run.processId, ttlMs: workspaceLockTtlMs(), heldForMs: run.silentForMs },
    });
  }
  const health = await checkSchedulerHealth(db);
  return Response.json({
    ok: true,
    retention: report.retention,
    staleRuns: report.staleRuns.map((r) => ({
      processId: r.processId,
      workspaceId: r.workspaceId,
      resumable: r.resumable,
      silentForMs: r.silentForMs,
    })),
    scheduler: { ...report.scheduler, alert: health.status },
  });
};
