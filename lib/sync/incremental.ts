// The scheduled sync: a cycle over the registrant window (registration date) and the attendee window
// (last activity), each from its high-water mark minus ON24's lag. A cut-off cycle resumes with the
// same process and windows; a completed one moves the high-water marks to when it started.
import type { Pass } from "@/lib/sync/mapping/types";
import { INCREMENTAL_STREAM, readCheckpoint, writeCheckpoint } from "./checkpoints";
import type { RunContext } from "./context";
import { runCycle, type CycleState } from "./cycle";
import { completeRun, pauseForNextRun, stopRun } from "./finish";
import { createProcess, isFinal, loadProcess, resumeProcess } from "./process-row";
import type { ActiveCycle, IncrementalCursor, RunResult } from "./types";
import { ATTENDEE_OVERLAP_MS, REGISTRANT_OVERLAP_MS, windowFrom, windowInstants } from "./windows";

export type IncrementalOptions = { trigger: string; on24ClientId: string | null; queuedProcessId?: number };

export async function runIncremental(ctx: RunContext, opts: IncrementalOptions): Promise<RunResult> {
  const stored = await readCheckpoint<IncrementalCursor>(ctx.db, ctx.workspaceId, INCREMENTAL_STREAM);
  const cursor: IncrementalCursor = stored?.cursor ?? { v: 1 };
  // With ON24 Registrants off the registrant mark is dropped, so turning it on later starts with a normal lookback.
  const marks: IncrementalCursor = {
    v: 1,
    ...(ctx.on24Registrants && cursor.registrantsThrough ? { registrantsThrough: cursor.registrantsThrough } : {}),
    ...(cursor.attendeesThrough ? { attendeesThrough: cursor.attendeesThrough } : {}),
  };
  let version = stored?.version ?? null;
  let active = cursor.active ?? null;
  if (active) {
    const process = await loadProcess(ctx.db, ctx.workspaceId, active.processId);
    if (!process || isFinal(process.status)) active = null;
    else await resumeProcess(ctx.db, active.processId);
  }
  if (!active) ({ active, version } = await startCycle(ctx, marks, version, opts));

  const state: CycleState = { stream: INCREMENTAL_STREAM, version: version!, active, cursorOf: (a) => ({ ...marks, active: a }) };
  const processId = active.processId;
  ctx.processId = processId;
  try {
    if (!(await runCycle(ctx, state))) return await pauseForNextRun(ctx, processId);
    const through = state.active.startedAt;
    const done: IncrementalCursor = {
      v: 1,
      ...(state.active.passes.includes("registrant") ? { registrantsThrough: through } : {}),
      attendeesThrough: through,
      active: null,
    };
    return await completeRun(ctx, processId, { stream: INCREMENTAL_STREAM, version: state.version, cursor: done });
  } catch (error) {
    // A failed cycle is given up; the next one starts again from the same high-water marks (re-reads are cheap).
    return stopRun(ctx, processId, error, async (db) => {
      await writeCheckpoint(db, ctx.workspaceId, INCREMENTAL_STREAM, { ...marks, active: null }, state.version);
    });
  }
}

async function startCycle(ctx: RunContext, marks: IncrementalCursor, version: number | null, opts: IncrementalOptions) {
  const now = ctx.now();
  const passes: Pass[] = ctx.on24Registrants ? ["registrant", "attendee"] : ["attendee"];
  const windows = {
    ...(ctx.on24Registrants ? { registrant: windowFrom(marks.registrantsThrough, REGISTRANT_OVERLAP_MS, now) } : {}),
    attendee: windowFrom(marks.attendeesThrough, ATTENDEE_OVERLAP_MS, now),
  };
  const window = windowInstants(Object.values(windows), now);
  return ctx.db.transaction(async (tx) => {
    const queued = opts.queuedProcessId ? await loadProcess(tx, ctx.workspaceId, opts.queuedProcessId) : null;
    let processId: number;
    if (queued && queued.kind === "incremental" && queued.status === "queued") {
      processId = queued.id;
      await resumeProcess(tx, processId, { windowStart: window.start, windowEnd: window.end });
    } else {
      processId = await createProcess(tx, { workspaceId: ctx.workspaceId, kind: "incremental", on24ClientId: opts.on24ClientId, triggeredBy: opts.trigger, window });
    }
    const active: ActiveCycle = {
      processId,
      startedAt: new Date(now).toISOString(),
      passes,
      windows,
      position: { pass: passes[0], pageOffset: 0, skip: 0 },
      totals: {},
    };
    const next = await writeCheckpoint(tx, ctx.workspaceId, INCREMENTAL_STREAM, { ...marks, active }, version);
    return { active, version: next };
  });
}
