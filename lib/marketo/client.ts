import { allowTestEndpoints as envAllowTestEndpoints } from "@/lib/env";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./backoff";
import { describeCustomObject, syncCustomObjects, type SyncCustomObjectsOptions } from "./custom-objects";
import { MarketoError } from "./errors";
import { checkMarketoHost } from "./host-rule";
import { describeLeads, describeLeads2, lookupLeadsByEmail, syncLeads, type SyncLeadsOptions } from "./leads";
import { getSharedMarketoLimiter, type MarketoLimiter } from "./limiter";
import { usageResponseSchema } from "./schemas";
import { getSharedTokenCache, type TokenCache } from "./token";
import { createTransport } from "./transport";
import type {
  CustomObjectDescribe,
  CustomObjectRecord,
  CustomObjectSyncRecordResult,
  LeadDescribe2,
  LeadField,
  LeadLookupResult,
  LeadSyncRecordResult,
  MarketoCallInfo,
  UsageStats,
} from "./types";

export type MarketoClientOptions = {
  /** Instance origin from `normalizeMarketoUrl` (a loopback sandbox may carry a path prefix). */
  origin: string;
  clientId: string;
  clientSecret: string;
  fetch?: typeof fetch;
  /** Defaults to the process-wide limiter of this origin (env MARKETO_MAX_CALLS_PER_20S / MARKETO_MAX_CONCURRENCY). */
  limiter?: MarketoLimiter;
  /** Per-request timeout; defaults to Marketo's own per-endpoint timeouts (30–120 s). */
  timeoutMs?: number;
  /** Epoch ms after which no call starts and no retry waits: the caller's time budget. */
  deadline?: number;
  /** Loopback hosts allowed; defaults to ALLOW_TEST_ENDPOINTS (lib/env.ts). */
  allowTestEndpoints?: boolean;
  onCall?: (info: MarketoCallInfo) => void;
  retry?: Partial<RetryPolicy>;
  tokenCache?: TokenCache;
  now?: () => number;
};

export type MarketoClient = {
  readonly origin: string;
  describeLeads(): Promise<LeadField[]>;
  describeLeads2(): Promise<LeadDescribe2>;
  lookupLeadsByEmail(emails: string[], options?: { fields?: string[] }): Promise<LeadLookupResult[]>;
  syncLeads(records: Record<string, unknown>[], options: SyncLeadsOptions): Promise<LeadSyncRecordResult[]>;
  describeCustomObject(name: string): Promise<CustomObjectDescribe>;
  syncCustomObjects(name: string, records: CustomObjectRecord[], options?: SyncCustomObjectsOptions): Promise<CustomObjectSyncRecordResult[]>;
  usage(): Promise<UsageStats>;
};

/** A typed Marketo client for one LaunchPoint service of one instance. Throws `MarketoError` only. */
export function createMarketoClient(options: MarketoClientOptions): MarketoClient {
  const allowTestEndpoints = options.allowTestEndpoints ?? envAllowTestEndpoints;
  const origin = options.origin.replace(/\/+$/, "");
  const hostCheck = checkMarketoHost(origin, { allowTestEndpoints });
  if (!hostCheck.ok) throw new MarketoError("host-refused", hostCheck.message);
  const now = options.now ?? Date.now;
  const transport = createTransport({
    origin,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    fetch: options.fetch ?? fetch,
    limiter: options.limiter ?? getSharedMarketoLimiter(origin),
    tokens: options.tokenCache ?? getSharedTokenCache(),
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    allowTestEndpoints,
    timeoutMs: options.timeoutMs,
    deadline: options.deadline,
    onCall: options.onCall,
    now,
  });

  return {
    origin,
    describeLeads: () => describeLeads(transport),
    describeLeads2: () => describeLeads2(transport),
    lookupLeadsByEmail: (emails, lookupOptions) => lookupLeadsByEmail(transport, emails, lookupOptions),
    syncLeads: (records, syncOptions) => syncLeads(transport, records, syncOptions),
    describeCustomObject: (name) => describeCustomObject(transport, name),
    syncCustomObjects: (name, records, syncOptions) => syncCustomObjects(transport, name, records, syncOptions),
    async usage() {
      const reply = await transport.call({ operation: "usage", method: "GET", path: "/rest/v1/stats/usage.json" }, usageResponseSchema);
      return reply.result[0] ?? { date: new Date(now()).toISOString(), total: 0, users: [] };
    },
  };
}
