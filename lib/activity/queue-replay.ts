import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { processes, recordOutcomes, syncCheckpoints } from "@/db/schema";

/**
 * Replay of failed records: a new process of kind "replay", queued, linked to the original, with the
 * record-outcome ids to send again stored as its checkpoint. The sync engine picks up queued replay
 * processes and reads that checkpoint:
 *
 *   processes        { kind: "replay", status: "queued", replay_of: <original id>, records_estimate: n }
 *   sync_checkpoints { stream: "replay:<new process id>", cursor: { outcomeIds: number[] } }
 *
 * Only failed outcomes of the original process in the same workspace are ever queued, whatever ids
 * the browser sent.
 */

/** One replay sends at most this many records, so a replay stays a bounded job like any chunk. */
export const MAX_REPLAY_RECORDS = 10_000;
/** The `code` value meaning "failures without a code" (as in the code filter). */
export const REPLAY_NO_CODE = "none";

export function replayStream(processId: number): string {
  return `replay:${processId}`;
}

export type ReplayCursor = { outcomeIds: number[] };

export type QueueReplayInput = {
  workspaceId: string;
  originalProcessId: number;
  /** Either the chosen records… */
  outcomeIds?: readonly number[];
  /** …or every failure of the process with this code. */
  code?: string;
  /** Who asked, as processes.triggered_by: "user:<id>". */
  triggeredBy: string;
};

export type QueueReplayResult = { processId: number; outcomeIds: number[] };

/** An expected refusal, worded for the person who asked. */
export class ReplayRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReplayRefused";
  }
}

export async function queueReplay(db: Db, input: QueueReplayInput): Promise<QueueReplayResult> {
  const byIds = input.outcomeIds !== undefined;
  if (byIds === (input.code !== undefined)) throw new Error("queueReplay needs either outcomeIds or code");
  if (byIds && input.outcomeIds!.length === 0) throw new ReplayRefused("Select at least one failed record to replay.");

  return db.transaction(async (tx) => {
    const [original] = await tx
      .select({ id: processes.id, status: processes.status, on24ClientId: processes.on24ClientId, customObjectName: processes.customObjectName })
      .from(processes)
      .where(and(eq(processes.id, input.originalProcessId), eq(processes.workspaceId, input.workspaceId)))
      .limit(1);
    if (!original) throw new ReplayRefused("That process does not exist in this workspace.");
    if (original.status === "queued" || original.status === "running") {
      throw new ReplayRefused("This process is still running. Replay its failures once it has finished.");
    }

    const which = byIds
      ? inArray(recordOutcomes.id, [...new Set(input.outcomeIds)])
      : input.code === REPLAY_NO_CODE
        ? isNull(recordOutcomes.code)
        : eq(recordOutcomes.code, input.code!);
    const rows = await tx
      .select({ id: recordOutcomes.id })
      .from(recordOutcomes)
      .where(
        and(
          eq(recordOutcomes.workspaceId, input.workspaceId),
          eq(recordOutcomes.processId, original.id),
          eq(recordOutcomes.outcome, "failed"),
          which,
        ),
      )
      .orderBy(asc(recordOutcomes.id))
      .limit(MAX_REPLAY_RECORDS);
    if (rows.length === 0) throw new ReplayRefused("None of these records failed in this process, so there is nothing to replay.");
    const outcomeIds = rows.map((r) => r.id);

    const [created] = await tx
      .insert(processes)
      .values({
        workspaceId: input.workspaceId,
        kind: "replay",
        status: "queued",
        replayOf: original.id,
        on24ClientId: original.on24ClientId,
        customObjectName: original.customObjectName,
        recordsEstimate: outcomeIds.length,
        triggeredBy: input.triggeredBy,
      })
      .returning({ id: processes.id });
    const cursor: ReplayCursor = { outcomeIds };
    await tx.insert(syncCheckpoints).values({ workspaceId: input.workspaceId, stream: replayStream(created.id), cursor });
    return { processId: created.id, outcomeIds };
  });
}
