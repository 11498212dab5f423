import type { Db } from "@/db";
import type { Kv } from "@/lib/kv";
import { runWorkspaceLocked } from "@/lib/sync/run-locked";
import type { RunWorkspace } from "./types";

/**
 * The scheduler's RunWorkspace on the real engine: one chunk under the workspace's owned KV lock
 * (lib/sync/run-locked.ts), with the lock's TTL derived from the chunk's deadline and renewed while it runs.
 */
export function createEngineRunner(deps: { kv: Kv; db?: Db }): RunWorkspace {
  return async (workspaceId, request) => {
    const result = await runWorkspaceLocked(workspaceId, {
      kv: deps.kv,
      db: deps.db,
      kind: request.kind,
      deadline: request.deadline,
      backfillJobId: request.backfillJobId,
      // processes.triggered_by knows cron and local; a fanned-out invocation is the cron too.
      trigger: request.trigger === "local" ? "local" : "cron",
    });
    if (result.status === "busy") return { busy: true };
    return { busy: false, processId: result.processId, status: result.status, moreWork: result.moreWork };
  };
}
