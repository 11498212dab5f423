// The backfill run: a 31-day backfill of `target` attendees (Create New People on, attendee pass only),
// run by the real engine in a child process in chunks with a deadline, against simulators here in the
// parent. Reports the child's peak RSS, each chunk's end against its deadline, and the sustained rate.
import type { LimiterConfig } from "@/lib/marketo/limiter";
import { SANDBOX_MARKETO_CLIENT_SECRET } from "@/lib/sandbox/marketo/constants";
import { startMarketoSandboxServer } from "@/lib/sandbox/marketo/server";
import { startBackfillAccount } from "./backfill-account";
import type { DbChoice } from "./bench-db";
import { savedDescribes } from "./bench-workspace";
import { runEngineChild, type ChildRun } from "./child-run";
import { indexLeadsByEmail } from "./lead-index";
import { MARKETO_LATENCY_MS, MARKETO_LIMITS, ON24_LATENCY_MS } from "./profile";
import { sampleProgress, type Sample } from "./throughput";

const CLIENT_ID = "bench-backfill";

export type BackfillOptions = {
  chunkMs: number;
  /** No chunk starts after this long; an unfinished backfill is reported as such. */
  maxMs: number;
  limiter: Partial<LimiterConfig>;
  db: DbChoice;
  /** The child's old-space heap limit in MB (0: Node's default). */
  heapMb: number;
  log?: (line: string) => void;
};

export type BackfillResult = ChildRun & { attendees: number; events: number; perEvent: number; heapMb: number; samples: Sample[] };

export async function measureBackfill(target: number, o: BackfillOptions): Promise<BackfillResult> {
  const account = await startBackfillAccount(target);
  const marketo = await startMarketoSandboxServer({ defaults: { ...MARKETO_LIMITS, latencyMs: MARKETO_LATENCY_MS }, instances: { [CLIENT_ID]: {} } });
  const instance = marketo.state.instance(CLIENT_ID);
  indexLeadsByEmail(instance);
  o.log?.(`  backfill: ${account.attendees} attendees over ${account.window.startDate}..${account.window.endDate} (${account.events} events × ${account.perEvent} registrants)`);
  const { clientId, tokenKey, tokenSecret } = account.server.state;
  try {
    const progress = sampleProgress(() => instance.customObjects.size, 1_000);
    const run = await runEngineChild(
      {
        endpoints: {
          on24: { url: account.server.url, clientId, tokenKey, tokenSecret },
          marketo: { url: marketo.url, clientId: CLIENT_ID, clientSecret: SANDBOX_MARKETO_CLIENT_SECRET },
          ...savedDescribes(instance),
        },
        workspace: { createNewPeople: true, on24Registrants: false, virtualConferenceEnabled: true },
        window: account.window,
        chunkMs: o.chunkMs,
        startBefore: Date.now() + o.maxMs,
        limiter: o.limiter,
        on24LatencyMs: ON24_LATENCY_MS,
        db: o.db,
      },
      {
        heapMb: o.heapMb,
        onChunk: (chunk, index) => {
          const past = (chunk.endedAt - chunk.deadline) / 1000;
          o.log?.(`  chunk ${index}: ${chunk.status}, ended ${Math.abs(past).toFixed(1)} s ${past > 0 ? "past" : "before"} its deadline, ${instance.customObjects.size} records in Marketo, RSS ${(chunk.rssBytes / 2 ** 20).toFixed(0)} MB`);
        },
      },
    );
    return { ...run, attendees: account.attendees, events: account.events, perEvent: account.perEvent, heapMb: o.heapMb, samples: progress.stop() };
  } finally {
    await Promise.all([account.server.close(), marketo.close()]);
  }
}
