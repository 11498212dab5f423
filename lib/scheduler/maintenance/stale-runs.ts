import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import type { Kv } from "@/lib/kv";
import { workspaceLockKey } from "@/lib/sync/run-locked";

/**
 * Runs whose owner died: a process still `running` while nobody holds its workspace's lock and nothing
 * was checkpointed for longer than a lock can live. The engine resumes such a process from its checkpoint
 * on the workspace's next turn; this marks it (so the Activity log says what happened), makes the
 * workspace due at once, and reports it for the lock_expired alert. A process no checkpoint points at
 * can never resume (another run took its work over): it is closed as failed instead.
 */

export const STALE_RUN_CODE = "lock_expired";
const RESUMES_MESSAGE =
  "The run stopped unexpectedly (its server went away). It continues from its last checkpoint at the next sync.";
const ORPHAN_MESSAGE = "The run stopped unexpectedly and a later run took over its work.";

export type StaleRun = {
  processId: number;
  workspaceId: string;
  kind: string;
  /** Epoch ms of the last sign of life (start or checkpoint). */
  lastActivityAt: number;
  silentForMs: number;
  /** false: nothing points at it any more; closed as failed. */
  resumable: boolean;
};

type Row = { id: number; workspace_id: string; kind: string; last_ms: number; resumable: boolean };

export async function findStaleRuns(db: Db, kv: Kv, options: { silentForMs: number; now?: number }): Promise<StaleRun[]> {
  const now = options.now ?? Date.now();
  const cutoff = new Date(now - options.silentForMs).toISOString();
  const result = await db.execute(sql`
    select p.id::float8 as id, p.workspace_id, p.kind, (extract(epoch from a.last_at) * 1000)::float8 as last_ms,
      exists (select 1 from sync_checkpoints c where c.workspace_id = p.workspace_id
              and (c.cursor -> 'active' ->> 'processId' = p.id::text or c.stream = 'replay:' || p.id::text)) as resumable
    from processes p
    cross join lateral (
      select greatest(coalesce(p.started_at, p.created_at),
        (select max(c.updated_at) from sync_checkpoints c where c.workspace_id = p.workspace_id)) as last_at
    ) a
    where p.status = 'running' and a.last_at < ${cutoff}::timestamptz
    order by p.id`);
  const stale: StaleRun[] = [];
  for (const row of result.rows as Row[]) {
    // A live run of the workspace holds the lock and renews it: the process is being worked on.
    if ((await kv.pttl(workspaceLockKey(row.workspace_id))) !== -2) continue;
    const lastActivityAt = Number(row.last_ms);
    stale.push({
      processId: Number(row.id),
      workspaceId: row.workspace_id,
      kind: row.kind,
      lastActivityAt,
      silentForMs: now - lastActivityAt,
      resumable: row.resumable,
    });
  }
  return stale;
}

/** Marks what findStaleRuns found; only rows still `running` are touched (a run may have resumed meanwhile). */
export async function markStaleRuns(db: Db, stale: StaleRun[], now = Date.now()): Promise<void> {
  for (const run of stale) {
    if (run.resumable) {
      await db.execute(sql`update processes set error_code = ${STALE_RUN_CODE}, error_message = ${RESUMES_MESSAGE}
        where id = ${run.processId} and status = 'running'`);
      await db.execute(sql`update workspaces set next_run_at = least(next_run_at, ${new Date(now).toISOString()}::timestamptz)
        where id = ${run.workspaceId}`);
    } else {
      await db.execute(sql`update processes set status = 'failed', finished_at = now(), error_code = ${STALE_RUN_CODE}, error_message = ${ORPHAN_MESSAGE}
        where id = ${run.processId} and status = 'running'`);
    }
  }
}
