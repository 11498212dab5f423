// The one entry point of the sync engine. The cron, "Sync now", the CLI and backfill/replay all call it;
// it runs one chunk of work for one workspace and stops cleanly before `deadline`.
import { getDb, type Db } from "@/db";
import type { ProcessKind } from "@/db/schema";
import { ConnectionIncompleteError, createWorkspaceClients, loadConnection, type ClientHooks } from "@/lib/connection/load";
import type { LoadedConnection } from "@/lib/connection/types";
import type { MarketoClient } from "@/lib/marketo/client";
import type { On24Client } from "@/lib/on24/client";
import { runBackfill } from "./backfill";
import { createBudget } from "./budget";
import { createLeadMemory, type RunContext } from "./context";
import { createCallCounter, emptyCounts } from "./counts";
import { createEventCache } from "./event-cache";
import { runIncremental } from "./incremental";
import { marketoTarget } from "./fingerprints";
import { createLeadFieldSource } from "./lead-fields";
import { CUSTOM_OBJECT_NAME } from "./process-row";
import { checkReadiness } from "./readiness";
import { createRegistrantSource } from "./registrant-source";
import { pendingReplay, runReplay } from "./replay";
import type { RunResult } from "./types";

export type WorkspaceClients = { marketo: MarketoClient; on24: On24Client };

export type RunSyncOptions = {
  workspaceId: string;
  kind: ProcessKind;
  /** Epoch ms. No call starts after it; the run checkpoints and stops before it. */
  deadline: number;
  /** processes.triggered_by: cron | local | user:<id> | cli */
  trigger: string;
  /** kind backfill: the job to run. */
  backfillJobId?: string;
  /** kind replay: the queued replay process (default: the oldest one); kind incremental: a queued process to use. */
  processId?: number;
  db?: Db;
  /** Tests and benchmarks: build the clients (they must report calls through the hooks). */
  clients?: (hooks: ClientHooks) => WorkspaceClients;
  now?: () => number;
  /** Aborted when the run must stop writing (its workspace lock was lost). */
  signal?: AbortSignal;
};

export async function runSync(options: RunSyncOptions): Promise<RunResult> {
  const db = options.db ?? (await getDb());
  const now = options.now ?? Date.now;
  const conn = await loadConnection(db, options.workspaceId);
  if (!conn) throw new Error(`Workspace ${options.workspaceId} does not exist`);
  const ready = await checkReadiness(db, conn, now());
  if (!ready.ok) return { processId: null, status: ready.status, moreWork: false, counts: emptyCounts(), message: ready.message };

  const budget = createBudget(options.deadline, now);
  const calls = createCallCounter();
  const hooks: ClientHooks = { deadline: budget.clientDeadline, onMarketoCall: calls.onMarketoCall, onOn24Call: calls.onOn24Call };
  let clients: WorkspaceClients;
  try {
    clients = options.clients ? options.clients(hooks) : createWorkspaceClients(conn, hooks);
  } catch (error) {
    if (!(error instanceof ConnectionIncompleteError)) throw error;
    return { processId: null, status: "not_ready", moreWork: false, counts: emptyCounts(), message: error.message };
  }
  const ctx = contextFor(db, conn, clients, { now, budget, calls, signal: options.signal });
  try {
    return await runKind(ctx, options, conn.on24.clientId);
  } finally {
    ctx.registrants.close();
  }
}

async function runKind(ctx: RunContext, options: RunSyncOptions, on24ClientId: string | null): Promise<RunResult> {
  const common = { trigger: options.trigger, on24ClientId };
  switch (options.kind) {
    case "incremental": {
      // Failed records someone asked to replay go first: a person is waiting for them, and they are few.
      const replay = await pendingReplay(ctx);
      if (replay !== null) {
        const replayed = await runReplay(ctx, replay);
        if (replayed.status === "failed") return replayed;
        if (replayed.moreWork || !ctx.budget.canStart("page", "batch")) return { ...replayed, moreWork: true };
      }
      return runIncremental(ctx, { ...common, queuedProcessId: options.processId });
    }
    case "backfill":
      if (!options.backfillJobId) throw new Error("A backfill run needs backfillJobId");
      return runBackfill(ctx, options.backfillJobId, common);
    case "replay":
      return runReplay(ctx, options.processId);
  }
}

function contextFor(
  db: Db,
  conn: LoadedConnection,
  clients: WorkspaceClients,
  run: Pick<RunContext, "now" | "budget" | "calls" | "signal">,
): RunContext {
  return {
    ...run,
    db,
    processId: null,
    workspaceId: conn.workspaceId,
    objectName: CUSTOM_OBJECT_NAME,
    describe: conn.objectDescribe!,
    region: conn.on24.region,
    createNewPeople: conn.options.createNewPeople,
    on24Registrants: conn.options.on24Registrants,
    virtualConferenceEnabled: conn.virtualConferenceEnabled,
    marketoTarget: marketoTarget(clients.marketo.origin),
    marketo: clients.marketo,
    on24: clients.on24,
    events: createEventCache(clients.on24),
    registrants: createRegistrantSource(clients.on24),
    leads: createLeadMemory(),
    leadFields: createLeadFieldSource(db, conn, clients.marketo, run.now),
  };
}
