// Replay of failed records (queued by lib/activity/queue-replay.ts): each record is fetched again from
// ON24 and sent through the same pipeline, 300 at a time, with the position in the replay's checkpoint.
import { and, asc, eq, inArray } from "drizzle-orm";
import { processes, recordOutcomes } from "@/db/schema";
import { FAILURE_CODES } from "@/lib/activity/sync-codes";
import { writeBatch } from "./batch";
import { readCheckpoint } from "./checkpoints";
import { commitBatch } from "./commit";
import type { RunContext } from "./context";
import { emptyCounts } from "./counts";
import { completeRun, pauseForNextRun, stopRun } from "./finish";
import { countOutcomes } from "./outcomes";
import { BATCH_SIZE } from "./pass-runner";
import { preparePage, type Prepared } from "./prepare";
import { isFinal, loadProcess, readCounts, resumeProcess, setProcessStatus } from "./process-row";
import { createReplaySource, type ReplayRow } from "./replay-source";
import type { ReplayCursor, RunResult } from "./types";

/** The stream lib/activity/queue-replay.ts writes the outcome ids to. */
export const replayStream = (processId: number) => `replay:${processId}`;

export async function runReplay(ctx: RunContext, processId?: number): Promise<RunResult> {
  const id = processId ?? (await pendingReplay(ctx));
  const process = id === null ? null : await loadProcess(ctx.db, ctx.workspaceId, id);
  if (!process || process.kind !== "replay" || isFinal(process.status)) {
    return { processId: process?.id ?? null, status: "nothing_to_do", moreWork: false, counts: emptyCounts() };
  }
  const stream = replayStream(process.id);
  const stored = await readCheckpoint<ReplayCursor>(ctx.db, ctx.workspaceId, stream);
  if (!stored || !Array.isArray(stored.cursor.outcomeIds)) {
    const message = "This replay has no list of records to send again; queue the replay again from the original process.";
    await setProcessStatus(ctx.db, process.id, "failed", { code: FAILURE_CODES.REPLAY_SOURCE_MISSING, message }, true);
    return { ...(await readCounts(ctx.db, process.id)), processId: process.id, moreWork: false, message };
  }
  await resumeProcess(ctx.db, process.id);
  ctx.processId = process.id;
  const ids = stored.cursor.outcomeIds;
  let version = stored.version;
  let position = stored.cursor.position ?? 0;
  const refetch = createReplaySource(ctx.on24, ctx.events);
  try {
    while (position < ids.length) {
      if (ctx.signal?.aborted || !ctx.budget.canStart("page", "batch")) return await pauseForNextRun(ctx, process.id);
      const chunk = ids.slice(position, position + BATCH_SIZE);
      const rows = await ctx.db
        .select({ id: recordOutcomes.id, eventId: recordOutcomes.eventId, eventUserId: recordOutcomes.eventUserId, email: recordOutcomes.email, detail: recordOutcomes.detail })
        .from(recordOutcomes)
        .where(and(eq(recordOutcomes.workspaceId, ctx.workspaceId), inArray(recordOutcomes.id, chunk)))
        .orderBy(asc(recordOutcomes.id));
      const fetched = await ctx.budget.time("page", () => refetch(rows as ReplayRow[]));
      // A replay is asked for by a person: records are sent even if their fingerprint says unchanged.
      const prepared: Prepared[] = [
        ...(await preparePage(ctx, "registrant", fetched.registrants, { force: true })),
        ...(await preparePage(ctx, "attendee", fetched.attendees, { force: true })),
      ];
      const items = prepared.flatMap((p) => (p.kind === "pending" ? [p.item] : []));
      const decided = prepared.flatMap((p) => (p.kind === "decided" ? [p] : []));
      const batch = await ctx.budget.time("batch", () => writeBatch(ctx, items));
      const outcomes = [...fetched.missing, ...decided.map((d) => d.outcome), ...batch.outcomes];
      const fingerprints = [...decided.flatMap((d) => (d.fingerprint ? [d.fingerprint] : [])), ...batch.fingerprints];
      position += chunk.length;
      version = await commitBatch(ctx.db, {
        workspaceId: ctx.workspaceId,
        processId: process.id,
        stream,
        cursor: { outcomeIds: ids, position } satisfies ReplayCursor,
        expectedVersion: version,
        outcomes,
        fingerprints,
        delta: { ...countOutcomes(outcomes), recordsDone: chunk.length, ...ctx.calls.take() },
        recordsEstimate: ids.length,
        target: ctx.marketoTarget,
      });
    }
    return await completeRun(ctx, process.id, { stream, version, cursor: { outcomeIds: ids, position } });
  } catch (error) {
    return stopRun(ctx, process.id, error);
  }
}

/** The oldest replay of the workspace that is queued or was cut off, or null. */
export async function pendingReplay(ctx: Pick<RunContext, "db" | "workspaceId">): Promise<number | null> {
  const [row] = await ctx.db
    .select({ id: processes.id })
    .from(processes)
    .where(and(eq(processes.workspaceId, ctx.workspaceId), eq(processes.kind, "replay"), inArray(processes.status, ["queued", "running", "paused"])))
    .orderBy(asc(processes.id))
    .limit(1);
  return row?.id ?? null;
}
