// A backfill an admin cancels stops within a batch, not at the end of its chunk: while the chunk runs, the
// job's status is read every few seconds and a cancel aborts the run's signal, which the pass runner
// checks before every page and batch (checkpoints stay where the last written batch left them).
import { eq } from "drizzle-orm";
import { backfillJobs } from "@/db/schema";
import type { RunContext } from "./context";

/** How often a running backfill looks at its job; one indexed read, cheap beside a batch. */
export const CANCEL_POLL_MS = 3_000;

export type CancelWatch = { readonly cancelled: boolean; stop(): void };

/** Watches `jobId` and aborts `ctx.signal` (combined with the lock's) once the job is cancelled. */
export function watchForCancel(ctx: RunContext, jobId: string, pollMs = CANCEL_POLL_MS): CancelWatch {
  const controller = new AbortController();
  const lockSignal = ctx.signal;
  ctx.signal = lockSignal ? AbortSignal.any([lockSignal, controller.signal]) : controller.signal;
  let cancelled = false;
  let checking = false;
  const check = async () => {
    if (checking || cancelled) return;
    checking = true;
    try {
      const [job] = await ctx.db.select({ status: backfillJobs.status }).from(backfillJobs).where(eq(backfillJobs.id, jobId));
      if (job?.status === "cancelled") {
        cancelled = true;
        controller.abort();
      }
    } catch {
      // A failed read only delays the cancel to the next look (or to the next chunk).
    } finally {
      checking = false;
    }
  };
  const timer = setInterval(() => void check(), pollMs);
  timer.unref();
  return {
    get cancelled() {
      return cancelled;
    },
    stop() {
      clearInterval(timer);
      ctx.signal = lockSignal;
    },
  };
}
