import "server-only";
import { and, asc, count, desc, eq, gt, ilike, inArray, isNull, like, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { processes, recordOutcomes, type Outcome, type ProcessKind, type RecordOutcome } from "@/db/schema";
import { containsPattern, prefixPattern } from "@/lib/search/escape-like";
import type { SortState } from "@/lib/search/table-params";

/**
 * Counts of person searches stop here: past ten thousand matches the exact number helps nobody, and
 * counting a million rows would make the search slow. Pages show "10,000+".
 */
export const COUNT_CAP = 10_000;
/** The code filter's value for failures Marketo gave no code for. */
export const NO_CODE = "none";

export const OUTCOME_SORTS = {
  id: recordOutcomes.id,
  createdAt: recordOutcomes.createdAt,
  email: recordOutcomes.email,
  outcome: recordOutcomes.outcome,
  code: recordOutcomes.code,
  eventId: recordOutcomes.eventId,
} as const;
export type OutcomeSortId = keyof typeof OUTCOME_SORTS;
export const OUTCOME_SORT_IDS = Object.keys(OUTCOME_SORTS) as OutcomeSortId[];
/** Records in the order the run handled them. */
export const DEFAULT_OUTCOME_SORT: SortState = { id: "id", desc: false };

export type OutcomeRow = Pick<
  RecordOutcome,
  "id" | "processId" | "eventId" | "eventUserId" | "email" | "leadId" | "outcome" | "code" | "message" | "detail" | "createdAt"
>;

export const OUTCOME_COLUMNS = {
  id: recordOutcomes.id,
  processId: recordOutcomes.processId,
  eventId: recordOutcomes.eventId,
  eventUserId: recordOutcomes.eventUserId,
  email: recordOutcomes.email,
  leadId: recordOutcomes.leadId,
  outcome: recordOutcomes.outcome,
  code: recordOutcomes.code,
  message: recordOutcomes.message,
  detail: recordOutcomes.detail,
  createdAt: recordOutcomes.createdAt,
};

/** A shorter start of an email matches too much of the table to be anyone in particular. */
export const MIN_PREFIX_LENGTH = 3;
/** Looks like a whole address: something@domain.tld. */
const FULL_EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
/** ON24's event ids and eventuserids are numbers. */
const NUMERIC_ID = /^\d+$/;

/**
 * A person by email, eventuserid or event id, choosing the condition from what was typed so each
 * search can use an index: a whole email matches exactly, digits match the two ids exactly, anything
 * else is the start of an email. Emails are stored lower-cased, so a lower-cased prefix with LIKE
 * finds what ILIKE would and, unlike ILIKE, can use a B-tree index built with text_pattern_ops.
 */
export function personMatch(q: string): SQL {
  const text = q.trim();
  if (FULL_EMAIL.test(text)) return eq(recordOutcomes.email, text.toLowerCase());
  if (NUMERIC_ID.test(text)) return or(eq(recordOutcomes.eventUserId, text), eq(recordOutcomes.eventId, text))!;
  return text.length < MIN_PREFIX_LENGTH ? sql`false` : emailPrefixMatch(text);
}

/** Emails starting with the text (a whole address matches itself and longer ones). */
export function emailPrefixMatch(q: string): SQL {
  const text = q.trim().toLowerCase();
  return text.length < MIN_PREFIX_LENGTH ? sql`false` : like(recordOutcomes.email, prefixPattern(text));
}

/** `count(*)` that stops at COUNT_CAP + 1 rows, so a broad match costs at most that many index entries. */
export async function cappedCount(db: Db, where: SQL | undefined): Promise<number> {
  const inner = db.select({ one: sql`1` }).from(recordOutcomes).where(where).limit(COUNT_CAP + 1);
  const [{ total }] = await db.select({ total: count() }).from(inner.as("capped"));
  return Number(total);
}

/** Sortable columns that may be empty: their empty values go last either way. */
const NULLABLE_SORTS: ReadonlySet<string> = new Set(["email", "code", "eventId"]);

/**
 * Newest first for a search that found `matches` rows (capped). With many matches, PostgreSQL walks
 * outcomes_created_idx backwards and meets 25 of them at once. With few, that same walk would read
 * most of the table before meeting them (400 ms in the benchmark when it misjudged a prefix), so the
 * order is written as an expression no index provides: the planner then sorts the few matches it
 * found through the search's own index.
 */
export function newestFirst(matches: number): SQL[] {
  if (matches > COUNT_CAP) return [desc(recordOutcomes.createdAt), desc(recordOutcomes.id)];
  return [sql`${recordOutcomes.createdAt} + interval '0 seconds' desc`, desc(recordOutcomes.id)];
}

function orderBy(sort: SortState = DEFAULT_OUTCOME_SORT): SQL[] {
  const id = Object.hasOwn(OUTCOME_SORTS, sort.id) ? (sort.id as OutcomeSortId) : (DEFAULT_OUTCOME_SORT.id as OutcomeSortId);
  const direction = sort.desc ? desc : asc;
  const first = NULLABLE_SORTS.has(id) ? sql`${direction(OUTCOME_SORTS[id])} nulls last` : direction(OUTCOME_SORTS[id]);
  return [first, direction(recordOutcomes.id)];
}

export type ProcessOutcomeQuery = {
  limit: number;
  offset: number;
  sort?: SortState;
  outcomes?: readonly Outcome[];
  /** Codes to show; NO_CODE stands for rows without one. */
  codes?: readonly string[];
  /** Within the process: email (anywhere in it), eventuserid or event id. */
  q?: string;
};

/** One page of a process's record outcomes. The workspace is checked on every row, not only on the process. */
export async function listProcessOutcomes(
  workspaceId: string,
  processId: number,
  query: ProcessOutcomeQuery,
  db?: Db,
): Promise<{ rows: OutcomeRow[]; total: number }> {
  const conn = db ?? (await getDb());
  const conditions: SQL[] = [eq(recordOutcomes.processId, processId), eq(recordOutcomes.workspaceId, workspaceId)];
  if (query.outcomes?.length) conditions.push(inArray(recordOutcomes.outcome, [...query.outcomes]));
  if (query.codes?.length) conditions.push(codeCondition(query.codes));
  const q = query.q?.trim();
  if (q) {
    conditions.push(
      or(ilike(recordOutcomes.email, containsPattern(q)), eq(recordOutcomes.eventUserId, q), eq(recordOutcomes.eventId, q))!,
    );
  }
  const where = and(...conditions);
  const [rows, [{ total }]] = await Promise.all([
    conn.select(OUTCOME_COLUMNS).from(recordOutcomes).where(where).orderBy(...orderBy(query.sort)).limit(query.limit).offset(query.offset),
    conn.select({ total: count() }).from(recordOutcomes).where(where),
  ]);
  return { rows, total };
}

function codeCondition(codes: readonly string[]): SQL {
  const real = codes.filter((c) => c !== NO_CODE);
  const parts: SQL[] = [];
  if (real.length) parts.push(inArray(recordOutcomes.code, real));
  if (codes.includes(NO_CODE)) parts.push(isNull(recordOutcomes.code));
  return or(...parts)!;
}

export type OutcomeCounts = Record<Outcome, number>;

/** How many records of a process ended each way, for its chart. */
export async function countProcessOutcomes(workspaceId: string, processId: number, db?: Db): Promise<OutcomeCounts> {
  const conn = db ?? (await getDb());
  const rows = await conn
    .select({ outcome: recordOutcomes.outcome, total: count() })
    .from(recordOutcomes)
    .where(and(eq(recordOutcomes.processId, processId), eq(recordOutcomes.workspaceId, workspaceId)))
    .groupBy(recordOutcomes.outcome);
  const counts: OutcomeCounts = { created: 0, updated: 0, skipped: 0, failed: 0, warning: 0 };
  for (const row of rows) counts[row.outcome] = Number(row.total);
  return counts;
}

/** The codes present in a process with their counts (most frequent first): the code filter's options. */
export async function listProcessCodes(
  workspaceId: string,
  processId: number,
  options: { outcome?: Outcome } = {},
  db?: Db,
): Promise<{ code: string; total: number }[]> {
  const conn = db ?? (await getDb());
  const conditions = [eq(recordOutcomes.processId, processId), eq(recordOutcomes.workspaceId, workspaceId)];
  if (options.outcome) conditions.push(eq(recordOutcomes.outcome, options.outcome));
  const rows = await conn
    .select({ code: recordOutcomes.code, total: count() })
    .from(recordOutcomes)
    .where(and(...conditions))
    .groupBy(recordOutcomes.code)
    .orderBy(desc(count()), asc(recordOutcomes.code));
  return rows.map((r) => ({ code: r.code ?? NO_CODE, total: Number(r.total) }));
}

export type PersonRecord = OutcomeRow & { processKind: ProcessKind; processCreatedAt: Date };

/** "Find a person": a workspace's records matching an email (prefix), eventuserid or event id, newest first. */
export async function findPersonRecords(
  workspaceId: string,
  query: { q: string; limit: number; offset: number },
  db?: Db,
): Promise<{ rows: PersonRecord[]; total: number; capped: boolean }> {
  const conn = db ?? (await getDb());
  if (!query.q.trim()) return { rows: [], total: 0, capped: false };
  const where = and(eq(recordOutcomes.workspaceId, workspaceId), personMatch(query.q));
  const total = await cappedCount(conn, where);
  const rows = await conn
    .select({ ...OUTCOME_COLUMNS, processKind: processes.kind, processCreatedAt: processes.createdAt })
    .from(recordOutcomes)
    .innerJoin(processes, eq(processes.id, recordOutcomes.processId))
    .where(where)
    .orderBy(...newestFirst(total))
    .limit(query.limit)
    .offset(query.offset);
  return { rows, total: Math.min(total, COUNT_CAP), capped: total > COUNT_CAP };
}

/** Rows per round trip when exporting: small enough to stream, large enough to be quick. */
const EXPORT_CHUNK = 1_000;

/** Every failed record of a process, in id order, a chunk at a time (keyset, not OFFSET). */
export async function* iterateFailedOutcomes(workspaceId: string, processId: number, db?: Db): AsyncGenerator<OutcomeRow[]> {
  const conn = db ?? (await getDb());
  let after = 0;
  for (;;) {
    const rows = await conn
      .select(OUTCOME_COLUMNS)
      .from(recordOutcomes)
      .where(
        and(
          eq(recordOutcomes.processId, processId),
          eq(recordOutcomes.workspaceId, workspaceId),
          eq(recordOutcomes.outcome, "failed"),
          gt(recordOutcomes.id, after),
        ),
      )
      .orderBy(asc(recordOutcomes.id))
      .limit(EXPORT_CHUNK);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < EXPORT_CHUNK) return;
    after = rows[rows.length - 1].id;
  }
}
