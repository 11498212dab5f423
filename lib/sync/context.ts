// Everything one run's steps share: the workspace's settings, its clients, and what the run has learnt
// so far (events, registrants, leads by email), each bounded so a long backfill stays small in memory.
import type { Db } from "@/db";
import type { Region } from "@/db/schema";
import type { MarketoClient } from "@/lib/marketo/client";
import type { LeadField } from "@/lib/marketo/types";
import type { On24Client } from "@/lib/on24/client";
import type { CustomObjectDescribe } from "@/lib/sync/mapping/types";
import type { Budget } from "./budget";
import type { CallCounter } from "./counts";
import type { EventCache } from "./event-cache";
import type { RegistrantSource } from "./registrant-source";

/** Leads remembered by email within one run (a person registered for several events is looked up once). */
const MAX_REMEMBERED_LEADS = 50_000;

export type SyncSettings = {
  workspaceId: string;
  objectName: string;
  describe: CustomObjectDescribe;
  region: Region;
  createNewPeople: boolean;
  on24Registrants: boolean;
  virtualConferenceEnabled: boolean;
  /** Tag of the Marketo instance written to (see fingerprints.ts). */
  marketoTarget: string;
};

export type RunContext = SyncSettings & {
  db: Db;
  /** The process being worked on, once the run has chosen or created it. */
  processId: number | null;
  marketo: MarketoClient;
  on24: On24Client;
  now: () => number;
  budget: Budget;
  calls: CallCounter;
  events: EventCache;
  registrants: RegistrantSource;
  leads: LeadMemory;
  /** The lead fields (for the create payload and pEPURL__c), described at most once a day per workspace. */
  leadFields: () => Promise<readonly LeadField[] | null>;
  /** Aborts when the run must stop writing (its lock was lost). */
  signal?: AbortSignal;
};

export type LeadMemory = {
  get(email: string): string | undefined;
  set(email: string, leadId: string): void;
  forget(email: string): void;
};

export function createLeadMemory(max = MAX_REMEMBERED_LEADS): LeadMemory {
  const byEmail = new Map<string, string>();
  return {
    get: (email) => byEmail.get(email),
    set(email, leadId) {
      byEmail.delete(email);
      byEmail.set(email, leadId);
      if (byEmail.size > max) byEmail.delete(byEmail.keys().next().value!);
    },
    forget: (email) => void byEmail.delete(email),
  };
}
