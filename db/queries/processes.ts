import "server-only";
import { and, asc, count, desc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { processes, type Process, type ProcessKind, type ProcessStatus } from "@/db/schema";
import { containsPattern } from "@/lib/search/escape-like";
import type { SortState } from "@/lib/search/table-params";

/** Columns a process list may be sorted by (URL `sort=<id>.<dir>`); anything else never reaches SQL. */
export const PROCESS_SORTS = {
  id: processes.id,
  createdAt: processes.createdAt,
  status: processes.status,
  kind: processes.kind,
  leadsCreated: processes.leadsCreated,
  coMapped: processes.coMapped,
  coFailed: processes.coFailed,
  coWarnings: processes.coWarnings,
  skipped: processes.skipped,
  duration: sql`(${processes.finishedAt} - ${processes.startedAt})`,
} as const;
export type ProcessSortId = keyof typeof PROCESS_SORTS;
export const PROCESS_SORT_IDS = Object.keys(PROCESS_SORTS) as ProcessSortId[];
export const DEFAULT_PROCESS_SORT: SortState = { id: "createdAt", desc: true };

export type ProcessFilters = {
  /** Process ID (exact, when numeric) or text within the client id, error code or error message. */
  q?: string;
  statuses?: readonly ProcessStatus[];
  kinds?: readonly ProcessKind[];
  /** Created at or after. */
  from?: Date;
  /** Created before. */
  to?: Date;
};
export type ProcessListQuery = ProcessFilters & { limit: number; offset: number; sort?: SortState };

export type ProcessListItem = Pick<
  Process,
  | "id" | "kind" | "status" | "on24ClientId" | "customObjectName" | "replayOf" | "leadsCreated" | "coMapped" | "coFailed"
  | "coWarnings" | "skipped" | "recordsDone" | "recordsEstimate" | "errorCode" | "startedAt" | "finishedAt" | "createdAt"
>;

export const PROCESS_LIST_COLUMNS = {
  id: processes.id,
  kind: processes.kind,
  status: processes.status,
  on24ClientId: processes.on24ClientId,
  customObjectName: processes.customObjectName,
  replayOf: processes.replayOf,
  leadsCreated: processes.leadsCreated,
  coMapped: processes.coMapped,
  coFailed: processes.coFailed,
  coWarnings: processes.coWarnings,
  skipped: processes.skipped,
  recordsDone: processes.recordsDone,
  recordsEstimate: processes.recordsEstimate,
  errorCode: processes.errorCode,
  startedAt: processes.startedAt,
  finishedAt: processes.finishedAt,
  createdAt: processes.createdAt,
};

/** A whole number that can be a bigserial id (a longer digit string is no process of ours). */
export function asProcessId(text: string): number | null {
  if (!/^\d{1,15}$/.test(text)) return null;
  const id = Number(text);
  return id >= 1 ? id : null;
}

/** The WHERE conditions of the filters; shared with the support console's cross-workspace search. */
export function processFilterConditions(filters: ProcessFilters): SQL[] {
  const conditions: SQL[] = [];
  const q = filters.q?.trim();
  if (q) {
    const pattern = containsPattern(q);
    const id = asProcessId(q);
    const text = or(
      ilike(processes.on24ClientId, pattern),
      ilike(processes.errorCode, pattern),
      ilike(processes.errorMessage, pattern),
    )!;
    conditions.push(id === null ? text : or(eq(processes.id, id), text)!);
  }
  if (filters.statuses?.length) conditions.push(inArray(processes.status, [...filters.statuses]));
  if (filters.kinds?.length) conditions.push(inArray(processes.kind, [...filters.kinds]));
  if (filters.from) conditions.push(gte(processes.createdAt, filters.from));
  if (filters.to) conditions.push(lt(processes.createdAt, filters.to));
  return conditions;
}

/** ORDER BY for a whitelisted sort, with the id as tie-breaker so pages never overlap. */
export function processOrderBy(sort: SortState = DEFAULT_PROCESS_SORT): SQL[] {
  const known = Object.hasOwn(PROCESS_SORTS, sort.id);
  const column = PROCESS_SORTS[(known ? sort.id : DEFAULT_PROCESS_SORT.id) as ProcessSortId];
  const direction = sort.desc ? desc : asc;
  // Only the nullable duration needs a NULLS clause (unfinished runs last); on the other columns it
  // would stop PostgreSQL from reading the (workspace_id, created_at) index backwards.
  const first = sort.id === "duration" ? sql`${direction(column)} nulls last` : direction(column);
  return [first, direction(processes.id)];
}

/** One page of a workspace's processes and the number matching the filters. */
export async function listProcesses(
  workspaceId: string,
  query: ProcessListQuery,
  db?: Db,
): Promise<{ rows: ProcessListItem[]; total: number }> {
  const conn = db ?? (await getDb());
  const where = and(eq(processes.workspaceId, workspaceId), ...processFilterConditions(query));
  const [rows, [{ total }]] = await Promise.all([
    conn
      .select(PROCESS_LIST_COLUMNS)
      .from(processes)
      .where(where)
      .orderBy(...processOrderBy(query.sort))
      .limit(query.limit)
      .offset(query.offset),
    conn.select({ total: count() }).from(processes).where(where),
  ]);
  return { rows, total };
}

/** One process, only if it belongs to the workspace (an id from the URL is never trusted on its own). */
export async function getProcess(workspaceId: string, processId: number, db?: Db): Promise<Process | null> {
  const conn = db ?? (await getDb());
  const [row] = await conn
    .select()
    .from(processes)
    .where(and(eq(processes.workspaceId, workspaceId), eq(processes.id, processId)))
    .limit(1);
  return row ?? null;
}

/** Replays made from a process, newest first, so its page can link to them. */
export async function listReplaysOf(workspaceId: string, processId: number, db?: Db): Promise<Pick<Process, "id" | "status" | "createdAt">[]> {
  const conn = db ?? (await getDb());
  return conn
    .select({ id: processes.id, status: processes.status, createdAt: processes.createdAt })
    .from(processes)
    .where(and(eq(processes.workspaceId, workspaceId), eq(processes.replayOf, processId)))
    .orderBy(desc(processes.id))
    .limit(20);
}

export type DailyTotals = { day: string; processes: number; mapped: number; failed: number; warnings: number; skipped: number; leadsCreated: number };

/**
 * Per-day sums of the process counts since `since` (UTC days), for the Activity chart. Read from the
 * processes (one row per run) rather than the record outcomes (one per record): same totals, far
 * fewer rows. Days without runs are absent; lib/activity/daily-series.ts fills them in.
 */
export async function dailyProcessTotals(workspaceId: string, since: Date, db?: Db): Promise<DailyTotals[]> {
  const conn = db ?? (await getDb());
  const day = sql<string>`to_char(${processes.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`;
  const rows = await conn
    .select({
      day,
      processes: count(),
      mapped: sql<string>`coalesce(sum(${processes.coMapped}), 0)`,
      failed: sql<string>`coalesce(sum(${processes.coFailed}), 0)`,
      warnings: sql<string>`coalesce(sum(${processes.coWarnings}), 0)`,
      skipped: sql<string>`coalesce(sum(${processes.skipped}), 0)`,
      leadsCreated: sql<string>`coalesce(sum(${processes.leadsCreated}), 0)`,
    })
    .from(processes)
    .where(and(eq(processes.workspaceId, workspaceId), gte(processes.createdAt, since)))
    .groupBy(day)
    .orderBy(day);
  // sum() of integers is a bigint, which drivers return as a string.
  return rows.map((r) => ({
    day: r.day,
    processes: Number(r.processes),
    mapped: Number(r.mapped),
    failed: Number(r.failed),
    warnings: Number(r.warnings),
    skipped: Number(r.skipped),
    leadsCreated: Number(r.leadsCreated),
  }));
}
