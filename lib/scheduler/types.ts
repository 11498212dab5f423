import type { TickTrigger } from "./last-tick";

/**
 * What the scheduler needs from the sync engine: run one chunk of one workspace under its lock.
 * Kept as a function type so the loop can be driven by the real engine (lib/scheduler/engine-runner.ts)
 * or, in the loop's own tests, by a stand-in engine that records what it was asked to do.
 */

export type WorkspaceRunRequest = {
  kind: "incremental" | "backfill";
  /** Epoch ms: the engine checkpoints and stops before it. */
  deadline: number;
  trigger: TickTrigger;
  backfillJobId?: string;
};

export type WorkspaceRunOutcome =
  /** Another run holds the workspace's lock: nothing was done. */
  { busy: true } | { busy: false; processId: number | null; status: string; moreWork: boolean };

export type RunWorkspace = (workspaceId: string, request: WorkspaceRunRequest) => Promise<WorkspaceRunOutcome>;
