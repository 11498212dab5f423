import "server-only";
import { and, count, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { connections, processes, recordOutcomes, workspaces, type Outcome, type Process, type ProcessStatus, type Region } from "@/db/schema";
import { containsPattern } from "@/lib/search/escape-like";
import type { SortState } from "@/lib/search/table-params";
import { asProcessId, PROCESS_LIST_COLUMNS, processFilterConditions, processOrderBy, type ProcessFilters, type ProcessListItem } from "./processes";
import { cappedCount, COUNT_CAP, emailPrefixMatch, newestFirst, OUTCOME_COLUMNS, personMatch, type OutcomeRow } from "./record-outcomes";

/**
 * The support console's reads, across every workspace. Only staff pages call these (they check
 * requireStaff first); no connection secret is ever selected.
 */

/** What a support search looks in: everything, or one kind of identifier. */
export const SUPPORT_FIELDS = ["all", "email", "event_user_id", "event_id", "process_id", "client_id", "code"] as const;
export type SupportField = (typeof SUPPORT_FIELDS)[number];

export type SupportProcessRow = ProcessListItem & { workspaceId: string; workspaceName: string };
export type SupportRecordRow = OutcomeRow & { workspaceId: string; workspaceName: string; processStatus: ProcessStatus };

type Page = { limit: number; offset: number };

/** The process half of a search: process id, ON24 client id or error code, plus the list filters. */
function processSearchCondition(q: string, field: SupportField): SQL | undefined {
  if (!q) return undefined;
  const id = asProcessId(q);
  const byId = id === null ? undefined : eq(processes.id, id);
  switch (field) {
    case "process_id":
      return byId ?? sql`false`;
    case "client_id":
      return eq(processes.on24ClientId, q);
    case "code":
      return eq(processes.errorCode, q);
    case "all":
      return or(byId, eq(processes.on24ClientId, q), eq(processes.errorCode, q));
    default:
      return sql`false`; // a person's identifiers are searched in the records
  }
}

export async function searchSupportProcesses(
  query: Page & { q: string; field: SupportField; statuses?: readonly ProcessStatus[]; kinds?: ProcessFilters["kinds"]; sort?: SortState },
  db?: Db,
): Promise<{ rows: SupportProcessRow[]; total: number }> {
  const conn = db ?? (await getDb());
  const q = query.q.trim();
  const where = and(processSearchCondition(q, query.field), ...processFilterConditions({ statuses: query.statuses, kinds: query.kinds }));
  const [rows, [{ total }]] = await Promise.all([
    conn
      .select({ ...PROCESS_LIST_COLUMNS, workspaceId: processes.workspaceId, workspaceName: workspaces.name })
      .from(processes)
      .innerJoin(workspaces, eq(workspaces.id, processes.workspaceId))
      .where(where)
      .orderBy(...processOrderBy(query.sort))
      .limit(query.limit)
      .offset(query.offset),
    conn.select({ total: count() }).from(processes).where(where),
  ]);
  return { rows, total };
}

/** The record half: email (prefix), eventuserid, event id or Marketo/our code, across all workspaces. */
function recordSearchCondition(q: string, field: SupportField): SQL | undefined {
  switch (field) {
    case "email":
      return emailPrefixMatch(q);
    case "event_user_id":
      return eq(recordOutcomes.eventUserId, q);
    case "event_id":
      return eq(recordOutcomes.eventId, q);
    case "code":
      return eq(recordOutcomes.code, q);
    case "all":
      return or(personMatch(q), eq(recordOutcomes.code, q));
    default:
      return undefined;
  }
}

export async function searchSupportRecords(
  query: Page & { q: string; field: SupportField; outcomes?: readonly Outcome[] },
  db?: Db,
): Promise<{ rows: SupportRecordRow[]; total: number; capped: boolean }> {
  const conn = db ?? (await getDb());
  const q = query.q.trim();
  const condition = q ? recordSearchCondition(q, query.field) : undefined;
  // Listing every record of every workspace answers no question: a record search needs something to look for.
  if (!condition) return { rows: [], total: 0, capped: false };
  const where = and(condition, query.outcomes?.length ? inArray(recordOutcomes.outcome, [...query.outcomes]) : undefined);
  const total = await cappedCount(conn, where);
  const rows = await conn
    .select({ ...OUTCOME_COLUMNS, workspaceId: recordOutcomes.workspaceId, workspaceName: workspaces.name, processStatus: processes.status })
    .from(recordOutcomes)
    .innerJoin(workspaces, eq(workspaces.id, recordOutcomes.workspaceId))
    .innerJoin(processes, eq(processes.id, recordOutcomes.processId))
    .where(where)
    .orderBy(...newestFirst(total))
    .limit(query.limit)
    .offset(query.offset);
  return { rows, total: Math.min(total, COUNT_CAP), capped: total > COUNT_CAP };
}

export type SupportProcess = Process & { workspaceName: string; virtualConferenceEnabled: boolean };

/** Any workspace's process, with the workspace's name and Virtual Conference switch, for the staff process view. */
export async function getSupportProcess(processId: number, db?: Db): Promise<SupportProcess | null> {
  const conn = db ?? (await getDb());
  const [row] = await conn
    .select({ process: processes, workspaceName: workspaces.name, virtualConferenceEnabled: workspaces.virtualConferenceEnabled })
    .from(processes)
    .innerJoin(workspaces, eq(workspaces.id, processes.workspaceId))
    .where(eq(processes.id, processId))
    .limit(1);
  return row ? { ...row.process, workspaceName: row.workspaceName, virtualConferenceEnabled: row.virtualConferenceEnabled } : null;
}

export type ConnectionHealthRow = {
  workspaceId: string;
  name: string;
  on24ClientId: string | null;
  region: Region;
  syncEnabled: boolean;
  virtualConferenceEnabled: boolean;
  connectionStatus: string;
  connectionError: string | null;
  pausedUntil: Date | null;
  /** paused_until is still ahead (decided by the database clock). */
  isPaused: boolean;
  pauseReason: string | null;
  marketoHost: string | null;
  validatedAt: Date | null;
  lastTestAt: Date | null;
  lastProcessId: number | null;
  lastProcessStatus: ProcessStatus | null;
  lastProcessAt: Date | null;
};

/** Every workspace's connection state and latest run; broken and paused ones first. Never a secret column. */
export async function listConnectionHealth(query: Page & { q?: string }, db?: Db): Promise<{ rows: ConnectionHealthRow[]; total: number }> {
  const conn = db ?? (await getDb());
  const q = query.q?.trim();
  const where = q ? or(ilike(workspaces.name, containsPattern(q)), eq(workspaces.on24ClientId, q)) : undefined;
  const last = conn
    .select({ id: processes.id, status: processes.status, createdAt: processes.createdAt })
    .from(processes)
    .where(eq(processes.workspaceId, workspaces.id))
    .orderBy(desc(processes.createdAt), desc(processes.id))
    .limit(1)
    .as("last");
  const [rows, [{ total }]] = await Promise.all([
    conn
      .select({
        workspaceId: workspaces.id,
        name: workspaces.name,
        on24ClientId: workspaces.on24ClientId,
        region: workspaces.on24Region,
        syncEnabled: workspaces.syncEnabled,
        virtualConferenceEnabled: workspaces.virtualConferenceEnabled,
        connectionStatus: workspaces.connectionStatus,
        connectionError: workspaces.connectionError,
        pausedUntil: workspaces.pausedUntil,
        isPaused: sql<boolean>`coalesce(${workspaces.pausedUntil} > now(), false)`,
        pauseReason: workspaces.pauseReason,
        marketoHost: connections.marketoOrigin,
        validatedAt: connections.validatedAt,
        lastTestAt: connections.lastTestAt,
        lastProcessId: last.id,
        lastProcessStatus: last.status,
        lastProcessAt: last.createdAt,
      })
      .from(workspaces)
      .leftJoin(connections, eq(connections.workspaceId, workspaces.id))
      .leftJoinLateral(last, sql`true`)
      .where(where)
      .orderBy(
        sql`case when ${workspaces.connectionStatus} = 'broken' then 0 when ${workspaces.pausedUntil} > now() then 1 else 2 end`,
        workspaces.name,
      )
      .limit(query.limit)
      .offset(query.offset),
    conn.select({ total: count() }).from(workspaces).where(where),
  ]);
  return { rows, total };
}
