// Starts engine-child.ts, follows its JSON lines and watches its peak RSS from /proc while it runs.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { ChildMessage, ChildSettings } from "./engine-child";
import { watchPeakRss } from "./proc-memory";

const CHILD = fileURLToPath(new URL("./engine-child.ts", import.meta.url));

export type ChunkMessage = Extract<ChildMessage, { type: "chunk" }>;
export type DoneMessage = Extract<ChildMessage, { type: "done" }>;

export type ChildRun = {
  chunks: ChunkMessage[];
  done: DoneMessage;
  /** Bytes: the child's RSS with its database open, before the first chunk. */
  readyRss: number;
  /** Bytes: the larger of /proc's VmHWM seen from here and the child's own maxRSS. */
  peakRss: number;
  seconds: number;
};

export type ChildOptions = {
  /** Old-space heap limit of the child in MB; 0 leaves Node's default (sized from the machine's memory). */
  heapMb?: number;
  onChunk?: (chunk: ChunkMessage, index: number) => void;
};

export async function runEngineChild(settings: ChildSettings, options: ChildOptions = {}): Promise<ChildRun> {
  const started = Date.now();
  // BENCH_CHILD_FLAGS: extra Node flags for diagnosis, e.g. "--trace-gc".
  const flags = process.env.BENCH_CHILD_FLAGS?.split(" ").filter(Boolean) ?? [];
  if (options.heapMb) flags.push(`--max-old-space-size=${options.heapMb}`);
  const child = spawn(process.execPath, [...flags, "--import", "tsx", CHILD, JSON.stringify(settings)], { stdio: ["ignore", "pipe", "inherit"] });
  const rss = watchPeakRss(child.pid!);
  const chunks: ChunkMessage[] = [];
  let done: DoneMessage | undefined;
  let readyRss = 0;
  for await (const line of createInterface({ input: child.stdout })) {
    if (!line.startsWith("{")) {
      process.stderr.write(`${line}\n`);
      continue;
    }
    const message = JSON.parse(line) as ChildMessage;
    if (message.type === "done") done = message;
    else if (message.type === "ready") readyRss = message.rssBytes;
    else {
      chunks.push(message);
      options.onChunk?.(message, chunks.length);
    }
  }
  const code = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", resolve)));
  const peak = rss.stop();
  if (code !== 0 || !done) throw new Error(`The engine's child process failed (exit code ${code}).`);
  return { chunks, done, readyRss, peakRss: Math.max(peak ?? 0, done.maxRssKb * 1024), seconds: (Date.now() - started) / 1000 };
}
