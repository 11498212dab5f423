// Runs one workspace's work to the end in chunks, as the cron does: each chunk is one engine run under
// the workspace lock with its own deadline; the next chunk resumes from the checkpoint.
import type { Db } from "@/db";
import type { ClientHooks } from "@/lib/connection/load";
import { runWorkspaceLocked } from "@/lib/sync/run-locked";
import type { WorkspaceClients } from "@/lib/sync/run";
import type { RunCounts, SyncKind } from "@/lib/sync/types";

/** A run that never ends would hang the benchmark; no scenario here needs anywhere near this many chunks. */
const MAX_CHUNKS = 500;

export type Chunk = { startedAt: number; endedAt: number; deadline: number; status: string };
export type ChunkedRun = {
  chunks: Chunk[];
  processId: number | null;
  status: string;
  /** The process's totals over all its chunks; null when the last chunk did not run. */
  counts: RunCounts | null;
  startedAt: number;
  endedAt: number;
};

export type ChunkOptions = {
  db: Db;
  workspaceId: string;
  kind: SyncKind;
  backfillJobId?: string;
  clients: (hooks: ClientHooks) => WorkspaceClients;
  chunkMs: number;
  /** Epoch ms: no chunk starts after it (the run is then reported as unfinished). */
  startBefore?: number;
  onChunk?: (chunk: Chunk) => void;
};

export async function runInChunks(o: ChunkOptions): Promise<ChunkedRun> {
  const chunks: Chunk[] = [];
  const startedAt = Date.now();
  for (;;) {
    const chunkStart = Date.now();
    const deadline = chunkStart + o.chunkMs;
    const result = await runWorkspaceLocked(o.workspaceId, {
      db: o.db,
      kind: o.kind,
      backfillJobId: o.backfillJobId,
      deadline,
      trigger: "cli",
      clients: o.clients,
    });
    const chunk = { startedAt: chunkStart, endedAt: Date.now(), deadline, status: result.status };
    chunks.push(chunk);
    o.onChunk?.(chunk);
    const outOfTime = o.startBefore !== undefined && Date.now() >= o.startBefore;
    if (!result.moreWork || result.status === "busy" || outOfTime) {
      const counts = "counts" in result ? result.counts : null;
      return { chunks, processId: result.processId, status: result.status, counts, startedAt, endedAt: Date.now() };
    }
    if (chunks.length >= MAX_CHUNKS) throw new Error(`The run did not finish in ${MAX_CHUNKS} chunks (last status ${result.status}).`);
  }
}

/** How far the slowest chunk ran past its deadline (negative: every chunk ended before it). */
export const maxOverrunMs = (chunks: readonly Chunk[]) => Math.max(...chunks.map((c) => c.endedAt - c.deadline));
