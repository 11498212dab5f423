// Runs the passes of a cycle (MAPPING-NOTES §2 order: registrant pass, then attendee pass; people are
// created inside each batch before its upsert) from the stored position, committing after every batch.
import type { RunContext } from "./context";
import { commitBatch } from "./commit";
import { runPass, type Commit } from "./pass-runner";
import type { ActiveCycle, Pass, StreamPosition } from "./types";

export type CycleState = {
  stream: string;
  version: number;
  active: ActiveCycle;
  /** The whole cursor to store for this active cycle (an incremental cursor also keeps its high-water marks). */
  cursorOf: (active: ActiveCycle) => object;
};

export const totalOf = (active: ActiveCycle) => Object.values(active.totals).reduce((sum, n) => sum + (n ?? 0), 0);

/** True when every pass is written; false when the run stopped early (time, lock) and must resume. */
export async function runCycle(ctx: RunContext, state: CycleState): Promise<boolean> {
  const { passes } = state.active;
  const start = state.active.position.pass === "complete" ? passes.length : Math.max(0, passes.indexOf(state.active.position.pass));
  for (let index = start; index < passes.length; index++) {
    const pass: Pass = passes[index];
    const position = state.active.position;
    const from: StreamPosition = position.pass === pass ? position : { pass, pageOffset: 0, skip: 0 };
    const end: StreamPosition = index + 1 < passes.length ? { pass: passes[index + 1], pageOffset: 0, skip: 0 } : { pass: "complete", pageOffset: 0, skip: 0 };
    const outcome = await runPass(ctx, {
      pass,
      window: state.active.windows[pass]!,
      from,
      end,
      commit: committer(ctx, state),
      onTotal: (total) => (state.active = { ...state.active, totals: { ...state.active.totals, [pass]: total } }),
    });
    if (outcome === "stopped") return false;
  }
  return true;
}

function committer(ctx: RunContext, state: CycleState): Commit {
  return async (payload, position) => {
    const active = { ...state.active, position };
    state.version = await commitBatch(ctx.db, {
      workspaceId: ctx.workspaceId,
      processId: active.processId,
      stream: state.stream,
      cursor: state.cursorOf(active),
      expectedVersion: state.version,
      outcomes: payload.outcomes,
      fingerprints: payload.fingerprints,
      delta: { ...payload.delta, ...ctx.calls.take() },
      recordsEstimate: totalOf(active),
      target: ctx.marketoTarget,
    });
    state.active = active;
  };
}
