// The throughput run: n new people (one upcoming webinar's registrations) synced by the engine in a child
// process, so the simulators' own CPU in the parent does not slow it down; the rate is read from how many
// records the Marketo simulator holds over time. The child runs with Node's default heap settings, so its
// peak RSS shows what V8 takes when nothing limits it.
import type { LimiterConfig } from "@/lib/marketo/limiter";
import { SANDBOX_MARKETO_CLIENT_SECRET } from "@/lib/sandbox/marketo/constants";
import { startMarketoSandboxServer } from "@/lib/sandbox/marketo/server";
import type { DbChoice } from "./bench-db";
import { savedDescribes } from "./bench-workspace";
import { runEngineChild } from "./child-run";
import { indexLeadsByEmail } from "./lead-index";
import { CRON_CHUNK_MS, MARKETO_LATENCY_MS, MARKETO_LIMITS, ON24_LATENCY_MS } from "./profile";
import type { ThroughputRun } from "./results";
import { startSizedAccount } from "./sized-account";
import { sampleProgress, sustainedRate } from "./throughput";

const CLIENT_ID = "bench-throughput";
/** Far more than the run needs at the bound; a slower engine is reported with what it did by then. */
const MAX_MS = 30 * 60_000;

export async function measureThroughput(n: number, o: { limiter: LimiterConfig; db: DbChoice }): Promise<ThroughputRun> {
  const account = await startSizedAccount(n);
  const marketo = await startMarketoSandboxServer({ defaults: { ...MARKETO_LIMITS, latencyMs: MARKETO_LATENCY_MS }, instances: { [CLIENT_ID]: {} } });
  const instance = marketo.state.instance(CLIENT_ID);
  indexLeadsByEmail(instance);
  const { clientId, tokenKey, tokenSecret } = account.server.state;
  try {
    const progress = sampleProgress(() => instance.customObjects.size);
    const run = await runEngineChild({
      endpoints: {
        on24: { url: account.server.url, clientId, tokenKey, tokenSecret },
        marketo: { url: marketo.url, clientId: CLIENT_ID, clientSecret: SANDBOX_MARKETO_CLIENT_SECRET },
        ...savedDescribes(instance),
      },
      workspace: { createNewPeople: true, on24Registrants: true },
      window: account.window,
      chunkMs: CRON_CHUNK_MS,
      startBefore: Date.now() + MAX_MS,
      limiter: o.limiter,
      on24LatencyMs: ON24_LATENCY_MS,
      db: o.db,
    });
    const samples = progress.stop();
    return {
      n,
      records: run.done.counts?.coMapped ?? 0,
      seconds: run.seconds,
      calls: run.done.calls,
      sustained: sustainedRate(samples, o.limiter.windowMs),
      db: run.done.db,
      peakRss: run.peakRss,
    };
  } finally {
    await Promise.all([account.close(), marketo.close()]);
  }
}
