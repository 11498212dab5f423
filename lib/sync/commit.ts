// One transaction per batch: the checkpoint moves (only if no other writer moved it), and the batch's
// outcomes, fingerprints and process counters land with it — all or nothing.
import type { Db } from "@/db";
import { writeCheckpoint } from "./checkpoints";
import type { CountDelta } from "./counts";
import { storeFingerprints } from "./fingerprints";
import type { FingerprintRow, OutcomeRow } from "./items";
import { insertOutcomes } from "./outcomes";
import { addToProcess } from "./process-row";

export type BatchCommit = {
  workspaceId: string;
  processId: number;
  stream: string;
  cursor: object;
  expectedVersion: number | null;
  outcomes: readonly OutcomeRow[];
  fingerprints: readonly FingerprintRow[];
  delta: Partial<CountDelta>;
  /** The Marketo instance the batch was written to (fingerprints are tagged with it). */
  target: string;
  recordsEstimate?: number | null;
};

/** Returns the checkpoint's new version; throws CheckpointConflict (and writes nothing) if another run moved it. */
export async function commitBatch(db: Db, c: BatchCommit): Promise<number> {
  return db.transaction(async (tx) => {
    const version = await writeCheckpoint(tx, c.workspaceId, c.stream, c.cursor, c.expectedVersion);
    await insertOutcomes(tx, c.workspaceId, c.processId, c.outcomes);
    await storeFingerprints(tx, c.workspaceId, c.fingerprints, c.target);
    await addToProcess(tx, c.processId, c.delta, c.recordsEstimate);
    return version;
  });
}
