import { env } from "@/lib/env";

/**
 * The scheduler's clock settings, in one place because the claim lease, the run budget and the lock TTL
 * must stay in step with the function's maxDuration (vercel.json, env.CRON_MAX_DURATION_SECONDS).
 */

/** How often a workspace with nothing left to do is synced again; matches the every-5-minutes cron in vercel.json. */
export const SYNC_INTERVAL_MS = 5 * 60_000;

/**
 * Kept free at the end of an invocation: after the engine's deadline it still writes its last checkpoint,
 * closes the process row, releases the lock, reschedules the workspace and answers the request.
 * 30 s is 10 % of Vercel's 300 s and well above the slowest finish measured (see bench-results).
 */
export const SAFETY_MARGIN_MS = 30_000;

/** The longest an invocation may run: the platform's limit. */
export const functionBudgetMs = () => env.CRON_MAX_DURATION_SECONDS * 1000;

/** Work budget of one invocation: the platform's limit minus the safety margin. */
export const invocationBudgetMs = () => functionBudgetMs() - SAFETY_MARGIN_MS;

/**
 * A claim pushes next_run_at this far ahead, so no other invocation claims the workspace while it runs.
 * Longer than any invocation can live; if the invocation dies, the workspace is due again after it.
 */
export const claimLeaseMs = () => functionBudgetMs() + 60_000;

/** Workspace lock TTL: above maxDuration (DESIGN.md §5), so a live run never loses its lock even if an extend is late. */
export const workspaceLockTtlMs = () => functionBudgetMs() + 60_000;
