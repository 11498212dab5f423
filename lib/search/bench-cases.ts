import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { dailyProcessTotals, listProcesses } from "@/db/queries/processes";
import { findPersonRecords, listProcessOutcomes } from "@/db/queries/record-outcomes";
import { listConnectionHealth, searchSupportProcesses, searchSupportRecords } from "@/db/queries/support";
import { processes, recordOutcomes, workspaces } from "@/db/schema";
import { windowStart } from "@/lib/activity/daily-series";
import { BENCH_CLIENT_BASE, BENCH_WORKSPACES, benchPerson, FAILURE_CODES, HEAVY_WORKSPACE } from "./bench-seed";

/** One search as a page makes it, through the same query function the page calls. */
export type BenchCase = { name: string; run: (i: number) => Promise<unknown> };

const PAGE = { limit: 25, offset: 0 };
const DAY_MS = 86_400_000;

export async function benchCases(db: Db): Promise<BenchCase[]> {
  const [heavy] = await db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.name, `Bench ${String(HEAVY_WORKSPACE).padStart(3, "0")}`));
  // Processes of the heavy workspace that have failures, to open like the process page does.
  const withFailures = await db
    .selectDistinct({ id: recordOutcomes.processId })
    .from(recordOutcomes)
    .where(and(eq(recordOutcomes.workspaceId, heavy.id), eq(recordOutcomes.outcome, "failed")))
    .limit(200);
  const [{ maxId }] = await db.select({ maxId: sql<number>`max(${processes.id})` }).from(processes);
  const [latest] = await db.select({ createdAt: processes.createdAt }).from(processes).orderBy(desc(processes.createdAt)).limit(1);
  const now = latest.createdAt;
  const pick = <T>(list: readonly T[], i: number) => list[i % list.length];
  const person = (i: number) => benchPerson(i + 1);

  return [
    { name: "Activity: latest runs (page 1)", run: () => listProcesses(heavy.id, PAGE, db) },
    { name: "Activity: page 40, sorted by failures", run: () => listProcesses(heavy.id, { limit: 25, offset: 975, sort: { id: "coFailed", desc: true } }, db) },
    {
      name: "Activity: failed + paused, last 7 days",
      run: () => listProcesses(heavy.id, { ...PAGE, statuses: ["failed", "paused"], from: new Date(now.getTime() - 7 * DAY_MS) }, db),
    },
    { name: "Activity: text search (no match)", run: (i) => listProcesses(heavy.id, { ...PAGE, q: `nothing-${i}` }, db) },
    { name: "Activity: chart, 30 days", run: () => dailyProcessTotals(heavy.id, windowStart(now, 30), db) },
    { name: "Find a person: full email", run: (i) => findPersonRecords(heavy.id, { ...PAGE, q: person(i * 5).email }, db) },
    { name: "Find a person: email prefix", run: (i) => findPersonRecords(heavy.id, { ...PAGE, q: person(i).email.slice(0, 9) }, db) },
    { name: "Find a person: broad prefix (10,000+ matches)", run: (i) => findPersonRecords(heavy.id, { ...PAGE, q: `person${1 + (i % 9)}` }, db) },
    { name: "Find a person: eventuserid", run: (i) => findPersonRecords(heavy.id, { ...PAGE, q: person(i * 5).eventUserId }, db) },
    { name: "Find a person: event id", run: (i) => findPersonRecords(heavy.id, { ...PAGE, q: person(i).eventId }, db) },
    {
      name: "Process page: failures of one run",
      run: (i) => listProcessOutcomes(heavy.id, pick(withFailures, i).id, { ...PAGE, outcomes: ["failed"] }, db),
    },
    { name: "Support: email, all workspaces", run: (i) => searchSupportRecords({ ...PAGE, q: person(i).email, field: "all" }, db) },
    { name: "Support: eventuserid", run: (i) => searchSupportRecords({ ...PAGE, q: person(i).eventUserId, field: "event_user_id" }, db) },
    { name: "Support: Marketo code", run: (i) => searchSupportRecords({ ...PAGE, q: pick(FAILURE_CODES, i), field: "code" }, db) },
    { name: "Support: process id", run: (i) => searchSupportProcesses({ ...PAGE, q: String(1 + ((i * 7919) % maxId)), field: "all" }, db) },
    {
      name: "Support: ON24 client id",
      run: (i) => searchSupportProcesses({ ...PAGE, q: String(BENCH_CLIENT_BASE + (i % BENCH_WORKSPACES)), field: "client_id" }, db),
    },
    { name: "Support: failed runs, all workspaces", run: () => searchSupportProcesses({ ...PAGE, q: "", field: "all", statuses: ["failed"] }, db) },
    { name: "Support: connection health", run: () => listConnectionHealth({ limit: 50, offset: 0 }, db) },
  ];
}
