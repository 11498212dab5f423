/**
 * The scheduler for the embedded default and single-server self-hosting without a system cron: the same
 * due-workspace tick, run on an interval inside the server process. Ticks never overlap (the next one is
 * scheduled when the previous has finished), and one process starts at most one loop, even when Next
 * loads the instrumentation hook in more than one module graph.
 */

export type LocalLoop = { stop: () => Promise<void> };

type LoopState = { __localScheduler?: LocalLoop };
const globalState = globalThis as unknown as LoopState;

export type LocalLoopOptions = {
  intervalMs: number;
  tick: () => Promise<void>;
  /** Delay before the first tick, so the server finishes starting first. */
  firstDelayMs?: number;
};

export function startLocalLoop(options: LocalLoopOptions): LocalLoop {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;

  const runOnce = async () => {
    timer = undefined;
    running = options.tick().catch((error: unknown) => {
      console.error(`[scheduler] local tick failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    await running;
    running = null;
    if (!stopped) schedule(options.intervalMs);
  };
  const schedule = (ms: number) => {
    timer = setTimeout(() => void runOnce(), ms);
    // Never keeps a CLI or test process alive on its own.
    timer.unref?.();
  };
  schedule(options.firstDelayMs ?? options.intervalMs);

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

/** Starts the process's one local loop; later calls return the running one. */
export function ensureLocalLoop(options: LocalLoopOptions): LocalLoop {
  globalState.__localScheduler ??= startLocalLoop(options);
  return globalState.__localScheduler;
}

/** Stops the process's loop (if any) so another may be started. */
export async function stopLocalLoop(): Promise<void> {
  const loop = globalState.__localScheduler;
  globalState.__localScheduler = undefined;
  await loop?.stop();
}
