// Why records failed, in a few lines: a benchmark whose records fail is measuring the wrong thing.
import { and, count, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { recordOutcomes } from "@/db/schema";

export type FailureLine = { code: string | null; message: string | null; records: number };

/** The most frequent failure reasons of a process. */
export async function topFailures(db: Db, processId: number, limit = 5): Promise<FailureLine[]> {
  const rows = await db
    .select({ code: recordOutcomes.code, message: recordOutcomes.message, records: count() })
    .from(recordOutcomes)
    .where(and(eq(recordOutcomes.processId, processId), eq(recordOutcomes.outcome, "failed")))
    .groupBy(recordOutcomes.code, recordOutcomes.message);
  return rows.sort((a, b) => b.records - a.records).slice(0, limit);
}
