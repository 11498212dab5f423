// Checkpoints in sync_checkpoints, guarded by the version column: a write must match the version its
// writer read, so a run that lost its lock (another run took over) can never move the stream back.
import { and, eq, sql } from "drizzle-orm";
import { syncCheckpoints } from "@/db/schema";
import type { DbOrTx } from "./db-types";

export const INCREMENTAL_STREAM = "incremental";
export const backfillStream = (jobId: string) => `backfill:${jobId}`;

/** Another writer moved the stream since we read it: stop, it owns the work now. */
export class CheckpointConflict extends Error {
  constructor(stream: string) {
    super(`Checkpoint ${stream} was changed by another run; this run stops and leaves the work to it.`);
    this.name = "CheckpointConflict";
  }
}

export type Checkpoint<T> = { cursor: T; version: number };

export async function readCheckpoint<T>(db: DbOrTx, workspaceId: string, stream: string): Promise<Checkpoint<T> | null> {
  const [row] = await db
    .select({ cursor: syncCheckpoints.cursor, version: syncCheckpoints.version })
    .from(syncCheckpoints)
    .where(and(eq(syncCheckpoints.workspaceId, workspaceId), eq(syncCheckpoints.stream, stream)))
    .limit(1);
  return row ? { cursor: row.cursor as T, version: row.version } : null;
}

/**
 * Stores `cursor` if the stream is still at `expected` (null: the stream must not exist yet) and returns
 * the new version; throws CheckpointConflict otherwise.
 */
export async function writeCheckpoint(
  db: DbOrTx,
  workspaceId: string,
  stream: string,
  cursor: object,
  expected: number | null,
): Promise<number> {
  const value = cursor as Record<string, unknown>;
  const rows =
    expected === null
      ? await db
          .insert(syncCheckpoints)
          .values({ workspaceId, stream, cursor: value, version: 1 })
          .onConflictDoNothing()
          .returning({ version: syncCheckpoints.version })
      : await db
          .update(syncCheckpoints)
          .set({ cursor: value, version: sql`${syncCheckpoints.version} + 1`, updatedAt: sql`now()` })
          .where(
            and(
              eq(syncCheckpoints.workspaceId, workspaceId),
              eq(syncCheckpoints.stream, stream),
              eq(syncCheckpoints.version, expected),
            ),
          )
          .returning({ version: syncCheckpoints.version });
  if (rows.length === 0) throw new CheckpointConflict(stream);
  return rows[0].version;
}
