// Throughput against the bound the call budget allows. The limiter lets a run spend its first window's
// calls at once, so the sustained rate is measured after that first window, from samples of how many
// records Marketo holds.

export type Sample = { at: number; records: number };
export type Budget = { maxCalls: number; windowMs: number };

/** Records per second the budget allows at `callsPerBatch` calls per `batch` records: maxCalls / window × batch / callsPerBatch. */
export function boundRecordsPerSecond(budget: Budget, callsPerBatch: number, batch: number): number {
  return (budget.maxCalls / (budget.windowMs / 1000)) * (batch / callsPerBatch);
}

export function sampleProgress(read: () => number, everyMs = 200): { stop(): Sample[] } {
  const samples: Sample[] = [{ at: Date.now(), records: read() }];
  const timer = setInterval(() => samples.push({ at: Date.now(), records: read() }), everyMs);
  return {
    stop() {
      clearInterval(timer);
      samples.push({ at: Date.now(), records: read() });
      return samples;
    },
  };
}

/**
 * Records per second from `skipMs` after the first sample to the last change; null when what is left
 * is shorter than one window (too short to say anything about a sustained rate).
 */
export function sustainedRate(samples: readonly Sample[], skipMs: number): { perSecond: number; seconds: number } | null {
  const from = samples[0].at + skipMs;
  const start = samples.find((s) => s.at >= from);
  const last = samples.at(-1)!;
  const end = samples.find((s) => s.records === last.records) ?? last;
  if (!start || end.at - start.at < skipMs) return null;
  const seconds = (end.at - start.at) / 1000;
  return { perSecond: (end.records - start.records) / seconds, seconds };
}
