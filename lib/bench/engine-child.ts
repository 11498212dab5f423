// A child process that runs only the engine (and its database client), so its peak RSS and CPU are the
// engine's while the simulators run in the parent. It syncs one backfill job in chunks and reports each
// chunk and the end as JSON lines on stdout. Started by child-run.ts with its settings as one JSON argument.
import "./bench-env";
import { createMarketoLimiter, type LimiterConfig } from "@/lib/marketo/limiter";
import type { DayWindow, RunCounts } from "@/lib/sync/types";
import { openBenchDb, type DbChoice } from "./bench-db";
import { benchClients, createBenchWorkspace, queueBackfill, type Endpoints, type WorkspaceSettings } from "./bench-workspace";
import { createCallTally, type CallCounts } from "./call-tally";
import { topFailures, type FailureLine } from "./failures";
import type { LatencyRange } from "./latency-fetch";
import { runInChunks } from "./run-chunks";

export type ChildSettings = {
  endpoints: Endpoints;
  workspace: WorkspaceSettings;
  window: DayWindow;
  chunkMs: number;
  /** Epoch ms after which no chunk starts: a slow engine is reported as unfinished rather than waited for. */
  startBefore: number;
  limiter: Partial<LimiterConfig>;
  on24LatencyMs: LatencyRange;
  db: DbChoice;
};

export type ChildMessage =
  /** RSS once the database is open and before the first chunk: what the engine adds is measured from here. */
  | { type: "ready"; rssBytes: number }
  | { type: "chunk"; startedAt: number; endedAt: number; deadline: number; status: string; rssBytes: number }
  | { type: "done"; status: string; counts: RunCounts | null; calls: CallCounts; maxRssKb: number; db: string; failures: FailureLine[] };

const send = (message: ChildMessage) => process.stdout.write(`${JSON.stringify(message)}\n`);

async function main() {
  const settings = JSON.parse(process.argv[2]) as ChildSettings;
  const db = await openBenchDb(settings.db);
  try {
    const workspaceId = await createBenchWorkspace(db.db, settings.endpoints, settings.workspace);
    const backfillJobId = await queueBackfill(db.db, workspaceId, settings.window);
    const tally = createCallTally();
    const clients = benchClients(settings.endpoints, { limiter: createMarketoLimiter(settings.limiter), on24LatencyMs: settings.on24LatencyMs, tally });
    send({ type: "ready", rssBytes: process.memoryUsage().rss });
    const run = await runInChunks({
      db: db.db,
      workspaceId,
      kind: "backfill",
      backfillJobId,
      clients,
      chunkMs: settings.chunkMs,
      startBefore: settings.startBefore,
      onChunk: (chunk) => send({ type: "chunk", ...chunk, rssBytes: process.memoryUsage().rss }),
    });
    const maxRssKb = process.resourceUsage().maxRSS;
    const failures = run.processId === null ? [] : await topFailures(db.db, run.processId);
    send({ type: "done", status: run.status, counts: run.counts, calls: tally.take(), maxRssKb, db: db.where, failures });
  } finally {
    await db.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
