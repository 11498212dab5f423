// Time budget of one run: before each ON24 page and each Marketo batch the engine asks whether it can
// finish that step (by the longest one seen so far) and still write its checkpoint before the deadline.

/** Kept free at the end for the last checkpoint and process-row writes. */
export const FINISH_RESERVE_MS = 1_500;
/**
 * Guesses before anything was measured in this run: one ON24 page, and one batch (lookup, create,
 * upsert, commit). Kept optimistic so even a short budget makes progress; a step that then runs out of
 * time is cut by the clients' deadline and redone by the next run, never written twice.
 */
const FIRST_PAGE_ESTIMATE_MS = 500;
const FIRST_BATCH_ESTIMATE_MS = 1_000;
/** Steps vary; plan with some headroom over the slowest one seen. */
const HEADROOM = 1.25;

export type Step = "page" | "batch";

export type Budget = {
  readonly deadline: number;
  /** Deadline handed to the ON24/Marketo clients: no call starts, and no retry waits, past it. */
  readonly clientDeadline: number;
  remaining(): number;
  canStart(...steps: Step[]): boolean;
  /** Times `fn` as one step of that kind. */
  time<T>(step: Step, fn: () => Promise<T>): Promise<T>;
};

export function createBudget(deadline: number, now: () => number): Budget {
  const slowest: Record<Step, number> = { page: FIRST_PAGE_ESTIMATE_MS, batch: FIRST_BATCH_ESTIMATE_MS };
  const measured: Record<Step, boolean> = { page: false, batch: false };
  return {
    deadline,
    clientDeadline: deadline - FINISH_RESERVE_MS,
    remaining: () => deadline - now(),
    canStart(...steps) {
      const needed = steps.reduce((sum, step) => sum + slowest[step] * HEADROOM, 0);
      return now() + needed + FINISH_RESERVE_MS <= deadline;
    },
    async time(step, fn) {
      const started = now();
      try {
        return await fn();
      } finally {
        const took = now() - started;
        slowest[step] = measured[step] ? Math.max(slowest[step], took) : took;
        measured[step] = true;
      }
    },
  };
}
