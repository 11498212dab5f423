import { sql } from "drizzle-orm";
import type { Db } from "@/db";

/**
 * Bulk data for the search benchmark, made inside the database with generate_series (a million rows
 * in seconds, no round trips). Shaped like production: one heavy tenant with a fifth of everything,
 * people who appear in several runs, events with hundreds of registrants, a few percent failures.
 */

export const BENCH_WORKSPACES = 100;
/** Workspace number 0 holds every fifth process (and so about a fifth of the records). */
export const HEAVY_WORKSPACE = 0;
export const BENCH_CLIENT_BASE = 10_000;
export const BENCH_EVENT_BASE = 5_000_000;
export const BENCH_EVENTS = 3_000;
export const BENCH_EVENT_USER_BASE = 100_000_000;
export const BENCH_PEOPLE = 200_000;
export const FAILURE_CODES = ["1004", "1006", "1007", "1003"] as const;

export type SeedCounts = { processes: number; outcomes: number };

export async function seedBench(db: Db, counts: SeedCounts): Promise<void> {
  await db.execute(sql`
    insert into workspaces (name, on24_client_id, sync_enabled, connection_status)
    select 'Bench ' || lpad(n::text, 3, '0'), (${BENCH_CLIENT_BASE} + n)::text, true, case when n % 10 = 3 then 'broken' else 'ok' end
    from generate_series(0, ${BENCH_WORKSPACES - 1}) n`);
  // Processes every ~26 s over the last 30 days; every fifth one in the heavy workspace.
  await db.execute(sql`
    insert into processes (workspace_id, kind, status, on24_client_id, created_at, started_at, finished_at,
                           leads_created, co_mapped, co_failed, co_warnings, skipped, marketo_calls, on24_calls, error_code)
    select w.id,
           (array['incremental','incremental','incremental','backfill','replay'])[1 + g % 5],
           (array['completed','completed','completed','completed_with_errors','failed','paused'])[1 + (g / 5) % 6],
           w.on24_client_id,
           now() - g * interval '26 seconds',
           now() - g * interval '26 seconds' + interval '2 seconds',
           now() - g * interval '26 seconds' + (5 + g % 90) * interval '1 second',
           g % 3, 5 + g % 20, g % 4, g % 2, g % 5, 3 + g % 7, 2 + g % 3,
           case when (g / 5) % 6 = 4 then '603' when (g / 5) % 6 = 5 then '607' end
    from generate_series(1, ${counts.processes}) g
    join workspaces w on w.name = 'Bench ' || lpad((case when g % 5 = 0 then ${HEAVY_WORKSPACE} else 1 + g % ${BENCH_WORKSPACES - 1} end)::text, 3, '0')`);
  // Outcomes spread evenly over the processes, each in its process's workspace and at its time.
  await db.execute(sql`
    with p as (select id, workspace_id, created_at, row_number() over (order by id) - 1 as n from processes)
    insert into record_outcomes (process_id, workspace_id, event_id, event_user_id, email, lead_id, outcome, code, message, created_at)
    select p.id, p.workspace_id,
           (${BENCH_EVENT_BASE} + g % ${BENCH_EVENTS})::text,
           (${BENCH_EVENT_USER_BASE} + g / 2)::text,
           'person' || (g % ${BENCH_PEOPLE}) || '@company' || (g % 97) || '.test',
           (g % 5000000)::text,
           case when g % 100 < 5 then 'failed' when g % 100 < 10 then 'skipped' when g % 100 < 13 then 'warning'
                when g % 2 = 0 then 'created' else 'updated' end,
           case when g % 100 < 5 then (array['1004','1006','1007','1003'])[1 + (g / 100) % 4]
                when g % 100 < 10 then 'person_not_found' when g % 100 < 13 then 'truncated' end,
           case when g % 100 < 5 then 'Marketo refused the record' end,
           p.created_at
    from generate_series(0, ${counts.outcomes - 1}) g
    join p on p.n = g % ${counts.processes}`);
  // As autovacuum would have by the time anyone searches: statistics and a visibility map for index-only counts.
  await db.execute(sql`vacuum analyze`);
}

/** A person who exists in the seed (email, eventuserid and event of one record). */
export function benchPerson(i: number): { email: string; eventUserId: string; eventId: string } {
  const g = (i * 7919) % 1_000_000;
  return {
    email: `person${g % BENCH_PEOPLE}@company${g % 97}.test`,
    eventUserId: String(BENCH_EVENT_USER_BASE + Math.floor(g / 2)),
    eventId: String(BENCH_EVENT_BASE + (g % BENCH_EVENTS)),
  };
}
