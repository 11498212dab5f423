import { eq } from "drizzle-orm";
import { recordOutcomes } from "@/db/schema";
import type { Harness } from "./harness";

/** A process's outcome rows counted by "outcome:code" (code "-" when there is none). */
export async function outcomeCounts(h: Harness, processId: number): Promise<Record<string, number>> {
  const rows = await h.db.select().from(recordOutcomes).where(eq(recordOutcomes.processId, processId));
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const key = `${row.outcome}:${row.code ?? "-"}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

export async function outcomesOf(h: Harness, processId: number) {
  return h.db.select().from(recordOutcomes).where(eq(recordOutcomes.processId, processId)).orderBy(recordOutcomes.id);
}
