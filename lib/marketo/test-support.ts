import { recordingFetch } from "@/lib/contracts/recording-fetch";
import type { RecordedCall } from "@/lib/contracts/types";
import { SANDBOX_MARKETO_CLIENT_ID, SANDBOX_MARKETO_CLIENT_SECRET } from "@/lib/sandbox/marketo/constants";
import type { SandboxCall } from "@/lib/sandbox/marketo/instance";
import type { MarketoSandboxOptions } from "@/lib/sandbox/marketo/sandbox";
import { startMarketoSandboxServer, type MarketoSandboxServer } from "@/lib/sandbox/marketo/server";
import { createMarketoClient, type MarketoClient, type MarketoClientOptions } from "./client";
import { createMarketoLimiter } from "./limiter";
import { createTokenCache } from "./token";
import type { MarketoCallInfo } from "./types";

/** Test wiring only: a client against a fresh standalone simulator, recording every request it sends. */

/** Short waits so retry tests stay quick; the jitter is fixed so runs repeat exactly. */
export const FAST_RETRY = { baseDelayMs: 10, maxDelayMs: 80, rateLimitedDelayMs: 20, maxAttempts: 5, random: () => 0.5 };

export type Harness = {
  server: MarketoSandboxServer;
  client: MarketoClient;
  calls: RecordedCall[];
  infos: MarketoCallInfo[];
  /** A further client on the same simulator (another client id, other options). */
  clientFor(clientId: string, options?: Partial<MarketoClientOptions>): MarketoClient;
  /** The REST (non-identity) calls the simulator logged for `clientId`. */
  restLog(clientId?: string): SandboxCall[];
};

export async function startHarness(
  sandboxOptions: MarketoSandboxOptions = {},
  clientOptions: Partial<MarketoClientOptions> & { clientId?: string } = {},
): Promise<Harness> {
  const server = await startMarketoSandboxServer(sandboxOptions);
  const { fetch, calls } = recordingFetch();
  const infos: MarketoCallInfo[] = [];
  const clientFor = (clientId: string, options: Partial<MarketoClientOptions> = {}) =>
    createMarketoClient({
      origin: server.url,
      clientId,
      clientSecret: SANDBOX_MARKETO_CLIENT_SECRET,
      fetch,
      // Fresh limiter and token cache per client so tests never share state through the process-wide ones.
      limiter: createMarketoLimiter({ maxCalls: 100, windowMs: 20_000, maxConcurrent: 10 }),
      tokenCache: createTokenCache(),
      allowTestEndpoints: true,
      retry: FAST_RETRY,
      onCall: (info) => infos.push(info),
      ...options,
    });
  return {
    server,
    client: clientFor(clientOptions.clientId ?? SANDBOX_MARKETO_CLIENT_ID, clientOptions),
    calls,
    infos,
    clientFor,
    restLog: (clientId = SANDBOX_MARKETO_CLIENT_ID) =>
      server.state.instance(clientId).callLog.filter((call) => call.operation !== "identity"),
  };
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}
