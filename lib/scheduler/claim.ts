import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { SYNC_INTERVAL_MS } from "./timing";

/**
 * Which workspaces are due, and claiming them. A claim is one statement: the due rows are locked with
 * FOR UPDATE SKIP LOCKED (a parallel invocation skips them instead of waiting) and their next_run_at is
 * pushed ahead by a lease in the same UPDATE, so once it commits no other invocation sees them as due.
 * Works alike on PostgreSQL, Neon and PGlite (it is plain PostgreSQL).
 */

export type ClaimedWorkspace = { id: string; dueAt: Date };

/**
 * A workspace whose lock someone else holds ("Sync now", or a holder that died) is tried again after this:
 * soon enough that a dead holder's workspace is taken over shortly after its lock expires, rare enough
 * not to spin on a long manual run. A cron run never meets its own lock: its claim lease keeps others off.
 */
export const BUSY_RETRY_MS = 60_000;

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const ms = (n: number) => sql`${`${Math.round(n)} milliseconds`}::interval`;

/**
 * Due: sync on, connection not broken, not paused (a pause whose end has passed counts as over), and
 * either its time has come or a backfill was queued since it was last scheduled (so a new request does
 * not wait for the next interval; a lease, being longer than the interval, hides the job until the run ends).
 */
function dueCondition(now: Date, exclude: string[] = []): SQL {
  const skip = exclude.length
    ? sql`and w.id not in (${sql.join(
        exclude.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  return sql`w.sync_enabled ${skip}
    and w.connection_status <> 'broken'
    and (w.paused_until is null or w.paused_until <= ${ts(now)})
    and (w.next_run_at <= ${ts(now)}
      or exists (select 1 from backfill_jobs b
                 where b.workspace_id = w.id and b.status = 'queued'
                   and b.created_at >= w.next_run_at - ${ms(SYNC_INTERVAL_MS)}))`;
}

/**
 * Claims up to `limit` due workspaces, oldest next_run_at first, leasing them for `leaseMs`.
 * `exclude`: workspaces this invocation already ran, so one that keeps asking for more is left to the next one.
 */
export async function claimDueWorkspaces(
  db: Db,
  { limit, leaseMs, now = new Date(), exclude = [] }: { limit: number; leaseMs: number; now?: Date; exclude?: string[] },
): Promise<ClaimedWorkspace[]> {
  const result = await db.execute(sql`
    with due as (
      select w.id, w.next_run_at from workspaces w
      where ${dueCondition(now, exclude)}
      order by w.next_run_at, w.id
      limit ${limit}
      for update of w skip locked
    )
    update workspaces w set next_run_at = ${ts(now)} + ${ms(leaseMs)}
    from due where w.id = due.id
    returning w.id as id, (extract(epoch from due.next_run_at) * 1000)::float8 as due_ms`);
  const rows = result.rows as { id: string; due_ms: number }[];
  return rows.map((r) => ({ id: r.id, dueAt: new Date(Number(r.due_ms)) })).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** How many workspaces are due and unclaimed right now (for the fan-out decision). */
export async function countDueWorkspaces(db: Db, now = new Date()): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as n from workspaces w where ${dueCondition(now)}`);
  return Number((result.rows[0] as { n: number }).n);
}

/**
 * After a run: due again at once when it left work (or a backfill is waiting), else after the interval.
 * Decided in the UPDATE itself so a backfill queued during the run is not missed. After an error the
 * workspace waits the interval whatever is pending, so a failing workspace is not retried in a loop.
 */
export async function rescheduleWorkspace(
  db: Db,
  workspaceId: string,
  { moreWork, failed = false, now = new Date() }: { moreWork: boolean; failed?: boolean; now?: Date },
): Promise<void> {
  const soon = failed
    ? sql`false`
    : sql`${moreWork} or exists (select 1 from backfill_jobs b where b.workspace_id = w.id and b.status in ('queued', 'running'))`;
  await db.execute(sql`
    update workspaces w set next_run_at = case when ${soon} then ${ts(now)} else ${ts(now)} + ${ms(SYNC_INTERVAL_MS)} end
    where w.id = ${workspaceId}`);
}

/** After finding the workspace locked: due again after `retryMs`, unless the holder already rescheduled it sooner. */
export async function retryBusyWorkspace(
  db: Db,
  workspaceId: string,
  { now = new Date(), retryMs = BUSY_RETRY_MS } = {},
): Promise<void> {
  await db.execute(sql`
    update workspaces set next_run_at = least(next_run_at, ${ts(now)} + ${ms(retryMs)}) where id = ${workspaceId}`);
}
