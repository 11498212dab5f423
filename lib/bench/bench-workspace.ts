// A workspace for the benchmark: its saved connection points at the standalone simulators, and its
// clients are built the way production builds them (real retry policy, the configured limiter), with
// ON24's round trip added and every call tallied before the engine's own hooks see it.
import { backfillJobs, connections, workspaceOptions, workspaces } from "@/db/schema";
import type { Db } from "@/db";
import type { ClientHooks } from "@/lib/connection/load";
import { encryptSecret } from "@/lib/crypto";
import { createMarketoClient } from "@/lib/marketo/client";
import type { MarketoLimiter } from "@/lib/marketo/limiter";
import type { LeadField } from "@/lib/marketo/types";
import { createTokenCache } from "@/lib/marketo/token";
import { createOn24Client } from "@/lib/on24/client";
import { describeObject } from "@/lib/sandbox/marketo/co-schemas";
import type { SandboxInstance } from "@/lib/sandbox/marketo/instance";
import { rememberLeadFields } from "@/lib/sync/lead-fields";
import type { WorkspaceClients } from "@/lib/sync/run";
import type { DayWindow } from "@/lib/sync/types";
import type { CallTally } from "./call-tally";
import { latencyFetch, type LatencyRange } from "./latency-fetch";

/** Plain data, so a child process can build the same workspace and clients. */
export type Endpoints = {
  on24: { url: string; clientId: string; tokenKey: string; tokenSecret: string };
  marketo: { url: string; clientId: string; clientSecret: string };
  /** The custom object's describe and the lead fields, as the validated save keeps them. */
  describe: unknown;
  leadFields: LeadField[];
};

/** What a validated Save keeps of this instance: the object's describe and its lead fields (read at Test Connection). */
export function savedDescribes(instance: SandboxInstance): Pick<Endpoints, "describe" | "leadFields"> {
  return { describe: describeObject(instance.objectDefinition!), leadFields: instance.leadFields.map(({ id: _id, ...field }) => field) };
}

export type WorkspaceSettings = { createNewPeople: boolean; on24Registrants: boolean; virtualConferenceEnabled?: boolean };

export async function createBenchWorkspace(db: Db, endpoints: Endpoints, settings: WorkspaceSettings): Promise<string> {
  const { virtualConferenceEnabled = false, ...options } = settings;
  const [ws] = await db
    .insert(workspaces)
    .values({ name: "Benchmark", on24ClientId: endpoints.on24.clientId, on24Region: "na", virtualConferenceEnabled, syncEnabled: true, connectionStatus: "ok" })
    .returning({ id: workspaces.id });
  await db.insert(workspaceOptions).values({ workspaceId: ws.id, ...options });
  await db.insert(connections).values({
    workspaceId: ws.id,
    on24TokenKeyEnc: encryptSecret(endpoints.on24.tokenKey),
    on24TokenSecretEnc: encryptSecret(endpoints.on24.tokenSecret),
    on24BaseUrl: endpoints.on24.url,
    marketoClientId: endpoints.marketo.clientId,
    marketoClientSecretEnc: encryptSecret(endpoints.marketo.clientSecret),
    marketoOrigin: endpoints.marketo.url,
    validatedAt: new Date(),
    objectDescribe: endpoints.describe,
  });
  await rememberLeadFields(db, ws.id, endpoints.marketo.url, endpoints.leadFields);
  return ws.id;
}

/** A backfill job over these days, as the Options page queues one. */
export async function queueBackfill(db: Db, workspaceId: string, window: DayWindow): Promise<string> {
  const [job] = await db
    .insert(backfillJobs)
    .values({ workspaceId, startDate: window.startDate, endDate: window.endDate })
    .returning({ id: backfillJobs.id });
  return job.id;
}

export type ClientSettings = { limiter: MarketoLimiter; on24LatencyMs: LatencyRange; tally?: CallTally };

/** The `clients` option of runSync for this workspace. One token cache for all its runs, as in production. */
export function benchClients(endpoints: Endpoints, settings: ClientSettings): (hooks: ClientHooks) => WorkspaceClients {
  const tokenCache = createTokenCache();
  const on24Fetch = latencyFetch(settings.on24LatencyMs);
  return (hooks) => ({
    marketo: createMarketoClient({
      origin: endpoints.marketo.url,
      clientId: endpoints.marketo.clientId,
      clientSecret: endpoints.marketo.clientSecret,
      limiter: settings.limiter,
      tokenCache,
      allowTestEndpoints: true,
      deadline: hooks.deadline,
      onCall: (info) => {
        settings.tally?.marketo(info);
        hooks.onMarketoCall?.(info);
      },
    }),
    on24: createOn24Client({
      clientId: endpoints.on24.clientId,
      tokenKey: endpoints.on24.tokenKey,
      tokenSecret: endpoints.on24.tokenSecret,
      baseUrl: endpoints.on24.url,
      fetch: on24Fetch,
      deadline: hooks.deadline,
      onCall: (info) => {
        settings.tally?.on24(info.operationId);
        hooks.onOn24Call?.(info);
      },
    }),
  });
}
