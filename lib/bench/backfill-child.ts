// The backfill memory run's child process: only the engine (and its database) lives here, so the
// process's peak RSS is the engine's. Run by backfill-rss.ts with its settings as one JSON argument;
// reports each chunk and the end as JSON lines on stdout.
import "./bench-env";
import { createMarketoLimiter, type LimiterConfig } from "@/lib/marketo/limiter";
import type { DayWindow, RunCounts } from "@/lib/sync/types";
import { openBenchDb, type DbChoice } from "./bench-db";
import { benchClients, createBenchWorkspace, queueBackfill, type Endpoints } from "./bench-workspace";
import { createCallTally, type CallCounts } from "./call-tally";
import type { LatencyRange } from "./latency-fetch";
import { runInChunks } from "./run-chunks";

export type ChildSettings = {
  endpoints: Endpoints;
  window: DayWindow;
  chunkMs: number;
  limiter: Partial<LimiterConfig>;
  on24LatencyMs: LatencyRange;
  db: DbChoice;
};

export type ChildMessage =
  /** RSS once the database is open and before the first chunk: what the engine adds is measured from here. */
  | { type: "ready"; rssBytes: number }
  | { type: "chunk"; startedAt: number; endedAt: number; deadline: number; status: string; rssBytes: number; heapBytes: number }
  | { type: "done"; status: string; counts: RunCounts | null; calls: CallCounts; maxRssKb: number; db: string };

const send = (message: ChildMessage) => process.stdout.write(`${JSON.stringify(message)}\n`);

async function main() {
  const settings = JSON.parse(process.argv[2]) as ChildSettings;
  const db = await openBenchDb(settings.db);
  try {
    const workspaceId = await createBenchWorkspace(db.db, settings.endpoints, {
      createNewPeople: true,
      on24Registrants: false,
      virtualConferenceEnabled: true,
    });
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
      onChunk: (chunk) => send({ type: "chunk", ...chunk, rssBytes: process.memoryUsage().rss, heapBytes: process.memoryUsage().heapUsed }),
    });
    send({ type: "done", status: run.status, counts: run.counts, calls: tally.take(), maxRssKb: process.resourceUsage().maxRSS, db: db.where });
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
