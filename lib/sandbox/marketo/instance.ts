import { chicagoDay } from "@/lib/marketo/quota-reset";
import type { PepUrlVariant, SchemaVariant } from "./constants";
import { objectDefinition, type SandboxObjectDefinition } from "./co-schemas";
import type { FaultRule } from "./faults";
import { leadFields, type SandboxLeadField } from "./lead-schema";

/** State of one simulated Marketo instance. Tests read it directly to see what was stored and when. */

export type SandboxLead = { id: number; email: string | null; createdAt: string; updatedAt: string } & Record<string, unknown>;
export type SeedLead = { email: string | null; id?: number; updatedAt?: string } & Record<string, unknown>;
export type SandboxCoRecord = { marketoGUID: string; createdAt: string; updatedAt: string; values: Record<string, unknown> };

export type SandboxCall = {
  seq: number;
  clientId: string | null;
  method: string;
  path: string;
  operation: string;
  receivedAt: number;
  respondedAt: number;
  httpStatus: number;
  /** "ok", Marketo's error code, "http-<status>" or "malformed". */
  code: string;
  /** Admitted against the rate window and the daily quota. */
  counted: boolean;
  /** The retired `access_token` query parameter was used (our client must never do this). */
  tokenInQuery: boolean;
};

export type SandboxInstanceOptions = {
  schema: SchemaVariant;
  pepUrl: PepUrlVariant;
  tokenTtlSeconds: number;
  /** Marketo: 100 calls per 20 s per instance (606 beyond). */
  rateLimit: { maxCalls: number; windowMs: number };
  /** Marketo: 10 calls in flight per instance (615 beyond). */
  maxConcurrent: number;
  /** Calls per US-Central day (607 beyond); Marketo's usual allocation is 50,000. */
  dailyQuota: number;
  /** Processing time of every call: a fixed value or a [min, max] range. */
  latencyMs: number | [number, number];
  seedLeads: SeedLead[];
  /** One in five new custom-object records is refused once with 1014 and created when sent again. */
  flakyCreates: boolean;
  /** The API-only user reported as `scope` and in usage stats. */
  apiUser: string;
};

export const DEFAULT_INSTANCE_OPTIONS: SandboxInstanceOptions = {
  schema: "realistic",
  pepUrl: "updateable",
  tokenTtlSeconds: 3600,
  rateLimit: { maxCalls: 100, windowMs: 20_000 },
  maxConcurrent: 10,
  dailyQuota: 50_000,
  latencyMs: 0,
  seedLeads: [],
  flakyCreates: false,
  apiUser: "on24connect@sandbox.marketo.test",
};

export class SandboxInstance {
  readonly clientId: string;
  readonly options: SandboxInstanceOptions;
  readonly leads = new Map<number, SandboxLead>();
  /** Custom-object records keyed by their dedupe key. */
  readonly customObjects = new Map<string, SandboxCoRecord>();
  /** Dedupe keys a flaky instance has already refused once (the next attempt creates the record). */
  readonly refusedOnce = new Set<string>();
  readonly callLog: SandboxCall[] = [];
  readonly faults: FaultRule[] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** Receive times of admitted calls inside the rate window. */
  admitted: number[] = [];
  daily = { day: "", count: 0 };
  nextLeadId = 1001;

  constructor(clientId: string, options: SandboxInstanceOptions, now: number) {
    this.clientId = clientId;
    this.options = options;
    for (const seed of options.seedLeads) this.addLead(seed, now);
  }

  get objectDefinition(): SandboxObjectDefinition | null {
    return objectDefinition(this.options.schema);
  }

  get leadFields(): SandboxLeadField[] {
    return leadFields(this.options.pepUrl);
  }

  /** Adds a lead directly, even one whose email another lead already has (to test 1007). */
  addLead(seed: SeedLead, now: number): SandboxLead {
    const id = seed.id ?? this.nextLeadId++;
    this.nextLeadId = Math.max(this.nextLeadId, id + 1);
    const stamp = isoSeconds(now);
    const lead: SandboxLead = { ...seed, id, email: seed.email, createdAt: stamp, updatedAt: seed.updatedAt ?? stamp };
    this.leads.set(id, lead);
    return lead;
  }

  leadsByEmail(email: string): SandboxLead[] {
    const key = email.trim().toLowerCase();
    return [...this.leads.values()].filter((lead) => lead.email?.trim().toLowerCase() === key);
  }

  customObjectRecords(): SandboxCoRecord[] {
    return [...this.customObjects.values()];
  }

  /** Calls received today (US Central), as the usage endpoint reports them. */
  usageToday(now: number): number {
    return this.daily.day === chicagoDay(now) ? this.daily.count : 0;
  }
}

export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
