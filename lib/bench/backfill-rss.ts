// The backfill run: a 31-day backfill of `target` attendees (Create New People on, attendee pass only),
// run by the real engine in a child process in chunks with a deadline, against simulators here in the
// parent. Reports the child's peak RSS, each chunk's end against its deadline, and the sustained rate.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { LimiterConfig } from "@/lib/marketo/limiter";
import { describeObject } from "@/lib/sandbox/marketo/co-schemas";
import { SANDBOX_MARKETO_CLIENT_SECRET } from "@/lib/sandbox/marketo/constants";
import { startMarketoSandboxServer } from "@/lib/sandbox/marketo/server";
import { startBackfillAccount } from "./backfill-account";
import type { DbChoice } from "./bench-db";
import type { ChildMessage, ChildSettings } from "./backfill-child";
import { MARKETO_LATENCY_MS, MARKETO_LIMITS, ON24_LATENCY_MS } from "./profile";
import { watchPeakRss } from "./proc-memory";
import { sampleProgress, type Sample } from "./throughput";

const CLIENT_ID = "bench-backfill";
const CHILD = fileURLToPath(new URL("./backfill-child.ts", import.meta.url));

export type BackfillOptions = { chunkMs: number; limiter: Partial<LimiterConfig>; db: DbChoice; log?: (line: string) => void };

export type BackfillResult = {
  attendees: number;
  events: number;
  perEvent: number;
  chunks: Extract<ChildMessage, { type: "chunk" }>[];
  done: Extract<ChildMessage, { type: "done" }>;
  /** Bytes: the child's RSS with its database open, before the first chunk. */
  readyRss: number;
  /** Bytes: the larger of /proc's VmHWM seen from here and the child's own maxRSS. */
  peakRss: number;
  seconds: number;
  samples: Sample[];
};

export async function measureBackfill(target: number, o: BackfillOptions): Promise<BackfillResult> {
  const account = await startBackfillAccount(target);
  const marketo = await startMarketoSandboxServer({ defaults: { ...MARKETO_LIMITS, latencyMs: MARKETO_LATENCY_MS }, instances: { [CLIENT_ID]: {} } });
  const instance = marketo.state.instance(CLIENT_ID);
  o.log?.(`  backfill: ${account.attendees} attendees over ${account.window.startDate}..${account.window.endDate} (${account.events} events × ${account.perEvent} registrants)`);
  const { clientId, tokenKey, tokenSecret } = account.server.state;
  const settings: ChildSettings = {
    endpoints: {
      on24: { url: account.server.url, clientId, tokenKey, tokenSecret },
      marketo: { url: marketo.url, clientId: CLIENT_ID, clientSecret: SANDBOX_MARKETO_CLIENT_SECRET },
      describe: describeObject(instance.objectDefinition!),
    },
    window: account.window,
    chunkMs: o.chunkMs,
    limiter: o.limiter,
    on24LatencyMs: ON24_LATENCY_MS,
    db: o.db,
  };
  try {
    const started = Date.now();
    const progress = sampleProgress(() => instance.customObjects.size, 1_000);
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, JSON.stringify(settings)], { stdio: ["ignore", "pipe", "inherit"] });
    const rss = watchPeakRss(child.pid!);
    const chunks: BackfillResult["chunks"] = [];
    let done: BackfillResult["done"] | undefined;
    let readyRss = 0;
    for await (const line of createInterface({ input: child.stdout })) {
      if (!line.startsWith("{")) continue;
      const message = JSON.parse(line) as ChildMessage;
      if (message.type === "done") done = message;
      else if (message.type === "ready") readyRss = message.rssBytes;
      else {
        chunks.push(message);
        const past = (message.endedAt - message.deadline) / 1000;
        o.log?.(`  chunk ${chunks.length}: ${message.status}, ended ${past.toFixed(1)} s ${past > 0 ? "past" : "before"} its deadline, ${instance.customObjects.size} records in Marketo, RSS ${(message.rssBytes / 2 ** 20).toFixed(0)} MB`);
      }
    }
    const code = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", resolve)));
    const peak = rss.stop();
    if (code !== 0 || !done) throw new Error(`The backfill child process failed (exit code ${code}).`);
    return {
      attendees: account.attendees,
      events: account.events,
      perEvent: account.perEvent,
      chunks,
      done,
      readyRss,
      peakRss: Math.max(peak ?? 0, done.maxRssKb * 1024),
      seconds: (Date.now() - started) / 1000,
      samples: progress.stop(),
    };
  } finally {
    await Promise.all([account.server.close(), marketo.close()]);
  }
}
