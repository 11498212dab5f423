/**
 * Runs once when a Next.js server starts. On the Node runtime, with LOCAL_SCHEDULER on (the embedded
 * default), it starts the in-process scheduler so workspaces keep syncing without a cron.
 * NEXT_RUNTIME and NEXT_PHASE are Next's own variables (not configuration), read here as Next documents;
 * the build also loads this file, and a build must never start syncing.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { localSchedulerEnabled } = await import("@/lib/env");
  if (!localSchedulerEnabled) return;
  const { startLocalScheduler } = await import("@/lib/scheduler/start-local");
  startLocalScheduler();
}
