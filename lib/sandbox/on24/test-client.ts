import { createOn24Client, type On24Client, type On24ClientOptions } from "@/lib/on24/client";
import type { On24CallInfo } from "@/lib/on24/request";
import { startOn24SandboxServer, type On24SandboxServer, type On24SandboxServerOptions } from "./server";

/**
 * For tests and benchmarks (here and in the sync): a standalone simulator plus a factory for clients
 * already pointed at it with the sandbox credentials, with every call they make counted.
 */
export type SandboxWithClient = {
  server: On24SandboxServer;
  /** Calls reported through onCall by every client made here. */
  calls: On24CallInfo[];
  client(overrides?: Partial<On24ClientOptions>): On24Client;
  close(): Promise<void>;
};

/** Backoff small enough that retry tests finish in milliseconds. */
export const FAST_RETRY = { baseMs: 1, throttleBaseMs: 2, capMs: 10 };

export async function startSandboxWithClient(options: On24SandboxServerOptions = {}): Promise<SandboxWithClient> {
  const server = await startOn24SandboxServer(options);
  const calls: On24CallInfo[] = [];
  return {
    server,
    calls,
    client: (overrides = {}) =>
      createOn24Client({
        clientId: server.state.clientId,
        tokenKey: server.state.tokenKey,
        tokenSecret: server.state.tokenSecret,
        baseUrl: server.url,
        retry: FAST_RETRY,
        ...overrides,
        onCall: (info) => {
          calls.push(info);
          overrides.onCall?.(info);
        },
      }),
    close: () => server.close(),
  };
}
