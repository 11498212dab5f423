// For the engine's tests and benchmarks: standalone ON24 and Marketo simulators on loopback ports, a
// database (PGlite in memory, or a given one), and a workspace whose saved connection points at them.
import { migrate, openDb, type Db, type Handle } from "@/db";
import { eq } from "drizzle-orm";
import { connections, processes, workspaceOptions, workspaces, type Region } from "@/db/schema";
import { encryptSecret } from "@/lib/crypto";
import type { ClientHooks } from "@/lib/connection/load";
import { createMarketoClient } from "@/lib/marketo/client";
import { createMarketoLimiter } from "@/lib/marketo/limiter";
import { createTokenCache } from "@/lib/marketo/token";
import { createOn24Client } from "@/lib/on24/client";
import { pacificDay } from "@/lib/on24/pacific-time";
import { describeObject, objectDefinition } from "@/lib/sandbox/marketo/co-schemas";
import { SANDBOX_MARKETO_CLIENT_ID, SANDBOX_MARKETO_CLIENT_SECRET, type SchemaVariant } from "@/lib/sandbox/marketo/constants";
import type { SandboxInstance, SandboxInstanceOptions } from "@/lib/sandbox/marketo/instance";
import { startMarketoSandboxServer, type MarketoSandboxServer } from "@/lib/sandbox/marketo/server";
import type { On24SandboxOptions } from "@/lib/sandbox/on24/options";
import { startOn24SandboxServer, type On24SandboxServer } from "@/lib/sandbox/on24/server";
import { runSync, type RunSyncOptions, type WorkspaceClients } from "../run";
import type { DayWindow, RunResult } from "../types";

/** Retries in milliseconds instead of seconds, so fault tests stay quick (the policy itself is the client's). */
const FAST_MARKETO_RETRY = { baseDelayMs: 5, maxDelayMs: 100, rateLimitedDelayMs: 100 };
const FAST_ON24_RETRY = { baseMs: 1, throttleBaseMs: 2, capMs: 10 };
/** A run with nothing in its way finishes in seconds; the budget only matters to tests that set one. */
const TEST_BUDGET_MS = 120_000;

export type HarnessOptions = {
  on24?: On24SandboxOptions;
  /** Marketo instance options for the workspace's client id (schema variants, seed leads, limits, latency). */
  marketo?: Partial<SandboxInstanceOptions>;
  marketoClientId?: string;
  createNewPeople?: boolean;
  on24Registrants?: boolean;
  virtualConferenceEnabled?: boolean;
  region?: Region;
  /** An existing database (e.g. a throwaway PostgreSQL one); PGlite in memory otherwise. */
  db?: Db;
  /** The describe stored at the (earlier) validated save, when it differs from what the instance says now. */
  savedDescribeOf?: SchemaVariant;
  /** The engine's own limiter settings (default: Marketo's full limits). */
  limiter?: { maxCalls?: number; maxConcurrent?: number };
};

export type Harness = {
  db: Db;
  workspaceId: string;
  on24: On24SandboxServer;
  marketo: MarketoSandboxServer;
  marketoClientId: string;
  instance(): SandboxInstance;
  /** The engine's clients for these simulators, reporting through the run's hooks. */
  clients(hooks: ClientHooks): WorkspaceClients;
  run(options?: Partial<RunSyncOptions>): Promise<RunResult>;
  /** The Pacific days a finished process read (both passes of a first run read the same days). */
  windowOf(processId: number): Promise<DayWindow>;
  close(): Promise<void>;
};

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const handle = options.db ? undefined : await openMemoryDb();
  const db = options.db ?? handle!.db;
  const marketoClientId = options.marketoClientId ?? SANDBOX_MARKETO_CLIENT_ID;
  // The simulated account's clock stands still, so what the engine reads and what a test expects agree.
  const frozen = Date.now();
  const on24 = await startOn24SandboxServer({ seed: 7, events: 3, registrantsPerEvent: 60, pastDays: 6, futureDays: 1, now: () => frozen, ...options.on24 });
  const marketo = await startMarketoSandboxServer({ instances: { [marketoClientId]: options.marketo ?? {} } });
  const instance = () => marketo.state.instance(marketoClientId);
  const workspaceId = await createWorkspace(db, options, on24, marketo.url, marketoClientId, instance());
  const limiter = createMarketoLimiter({ maxCalls: 100, maxConcurrent: 10, ...options.limiter });
  const tokenCache = createTokenCache();

  const clients = (hooks: ClientHooks): WorkspaceClients => ({
    marketo: createMarketoClient({
      origin: marketo.url,
      clientId: marketoClientId,
      clientSecret: SANDBOX_MARKETO_CLIENT_SECRET,
      limiter,
      tokenCache,
      allowTestEndpoints: true,
      retry: FAST_MARKETO_RETRY,
      deadline: hooks.deadline,
      onCall: hooks.onMarketoCall,
    }),
    on24: createOn24Client({
      clientId: on24.state.clientId,
      tokenKey: on24.state.tokenKey,
      tokenSecret: on24.state.tokenSecret,
      baseUrl: on24.url,
      retry: FAST_ON24_RETRY,
      deadline: hooks.deadline,
      onCall: hooks.onOn24Call,
    }),
  });

  return {
    db,
    workspaceId,
    on24,
    marketo,
    marketoClientId,
    instance,
    clients,
    async windowOf(processId) {
      const [row] = await db.select().from(processes).where(eq(processes.id, processId));
      return { startDate: pacificDay(row.windowStart!.getTime()), endDate: pacificDay(row.windowEnd!.getTime() - 1) };
    },
    run: (overrides = {}) =>
      runSync({ workspaceId, kind: "incremental", deadline: Date.now() + TEST_BUDGET_MS, trigger: "test", db, clients, ...overrides }),
    async close() {
      await Promise.all([on24.close(), marketo.close()]);
      await handle?.close();
    },
  };
}

export async function openMemoryDb(): Promise<Handle> {
  const handle = await openDb({ driver: "pglite", pgliteDir: "memory://" });
  await migrate(handle);
  return handle;
}

async function createWorkspace(
  db: Db,
  options: HarnessOptions,
  on24: On24SandboxServer,
  marketoUrl: string,
  marketoClientId: string,
  instance: SandboxInstance,
): Promise<string> {
  const [ws] = await db
    .insert(workspaces)
    .values({
      name: "Sync Test",
      on24ClientId: on24.state.clientId,
      on24Region: options.region ?? "na",
      virtualConferenceEnabled: options.virtualConferenceEnabled ?? false,
      syncEnabled: true,
      connectionStatus: "ok",
    })
    .returning({ id: workspaces.id });
  await db.insert(workspaceOptions).values({
    workspaceId: ws.id,
    createNewPeople: options.createNewPeople ?? true,
    on24Registrants: options.on24Registrants ?? true,
  });
  const definition = options.savedDescribeOf ? objectDefinition(options.savedDescribeOf) : instance.objectDefinition;
  await db.insert(connections).values({
    workspaceId: ws.id,
    on24TokenKeyEnc: encryptSecret(on24.state.tokenKey),
    on24TokenSecretEnc: encryptSecret(on24.state.tokenSecret),
    on24BaseUrl: on24.url,
    marketoClientId,
    marketoClientSecretEnc: encryptSecret(SANDBOX_MARKETO_CLIENT_SECRET),
    marketoOrigin: marketoUrl,
    validatedAt: new Date(),
    // What the validated save stores: the object's describe (here straight from the simulator's definition).
    objectDescribe: definition ? describeObject(definition) : null,
  });
  return ws.id;
}
