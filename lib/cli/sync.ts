// `npm run sync -- --workspace <id> [--kind backfill --job <id>] [--kind replay --process <id>]`
// Runs the same code path as the cron (one chunk under the workspace lock) and prints the process summary.
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { migrate, openDb, type Db } from "@/db";
import { PROCESS_KINDS, processes, type ProcessKind } from "@/db/schema";
import { env, isEmbedded, pgliteDir } from "@/lib/env";
import { runWorkspaceLocked, type LockedRunResult } from "@/lib/sync/run-locked";
import { pgliteFolderUse, type FolderUse } from "./pglite-in-use";

/** A chunk's budget when none is given: what a 300 s serverless function leaves after a safety margin. */
const DEFAULT_BUDGET_SECONDS = 280;
const USAGE = `Usage: npm run sync -- --workspace <id> [--kind incremental|backfill|replay] [--job <backfill job id>]
                     [--process <replay process id>] [--budget <seconds>] [--until-done]`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      workspace: { type: "string" },
      kind: { type: "string", default: "incremental" },
      job: { type: "string" },
      process: { type: "string" },
      budget: { type: "string", default: String(DEFAULT_BUDGET_SECONDS) },
      "until-done": { type: "boolean", default: false },
    },
  });
  const kind = values.kind as ProcessKind;
  const budgetMs = Number(values.budget) * 1000;
  if (!values.workspace || !PROCESS_KINDS.includes(kind) || !(budgetMs > 0) || (kind === "backfill" && !values.job)) {
    console.error(USAGE);
    return 2;
  }
  const use: FolderUse = isEmbedded ? pgliteFolderUse(pgliteDir) : { inUse: false };
  if (use.inUse) {
    const who = use.inUse === true ? `a running portal (process ${use.pids.join(", ")})` : "another process (a running portal?)";
    console.error(
      `The embedded database in ${pgliteDir} is in use by ${who}.\n` +
        `A PGlite folder can be opened by one process only: stop the portal first, or use "Sync now" on its Activity page.`,
    );
    return 3;
  }
  // Its own handle, closed at the end, so the folder is left free for the portal.
  const handle = await openDb({ url: env.DATABASE_URL });
  try {
    if (handle.driver === "pglite") {
      // As the portal does on the embedded default: migrated and demo-seeded on open.
      await migrate(handle);
      const { seedDemo } = await import("@/db/seed");
      await seedDemo(handle.db);
    }
    return await runChunks(handle.db, values.workspace, kind, budgetMs, values);
  } finally {
    await handle.close();
  }
}

async function runChunks(db: Db, workspaceId: string, kind: ProcessKind, budgetMs: number, values: { job?: string; process?: string; "until-done"?: boolean }) {
  for (;;) {
    const result = await runWorkspaceLocked(workspaceId, {
      db,
      kind,
      deadline: Date.now() + budgetMs,
      trigger: "cli",
      backfillJobId: values.job,
      processId: values.process ? Number(values.process) : undefined,
    });
    await printSummary(db, result);
    if (!values["until-done"] || !result.moreWork || result.status === "busy") return exitCode(result);
  }
}

async function printSummary(db: Db, result: LockedRunResult) {
  if (result.processId === null) {
    console.log(`Not run (${result.status}): ${result.message ?? ""}`);
    return;
  }
  const [p] = await db.select().from(processes).where(eq(processes.id, result.processId));
  const day = (d: Date | null) => (d ? d.toISOString() : "?");
  console.log(`Process ${p.id} (${p.kind}, ON24 client ${p.on24ClientId ?? "?"}, ${p.customObjectName}): ${p.status}${result.moreWork ? " — more to do" : ""}`);
  console.log(`  window        ${day(p.windowStart)} … ${day(p.windowEnd)}`);
  console.log(`  records       ${p.recordsDone} of ${p.recordsEstimate ?? "?"} read`);
  console.log(`  leads created ${p.leadsCreated}`);
  console.log(`  custom objects mapped ${p.coMapped}, failed ${p.coFailed}, with warnings ${p.coWarnings}; skipped ${p.skipped}`);
  console.log(`  API calls     Marketo ${p.marketoCalls} (counted against the daily quota), ON24 ${p.on24Calls}`);
  if (result.message) console.log(`  note          ${result.message}`);
}

function exitCode(result: LockedRunResult): number {
  if (result.status === "busy") return 4;
  return ["failed", "broken", "not_ready"].includes(result.status) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
