// The workspace's lead fields (for the create payload's field names and pEPURL__c). Describing them is a
// quota call, so the answer is kept for a day in sync_checkpoints under its own stream and only asked
// for when a run has people to look up or create.
import type { Db } from "@/db";
import type { MarketoClient } from "@/lib/marketo/client";
import type { LeadField } from "@/lib/marketo/types";
import { readCheckpoint, writeCheckpoint } from "./checkpoints";

export const LEAD_DESCRIBE_STREAM = "cache:lead-describe";
/** Lead fields change when an admin edits the schema, which is rare; a day's delay is acceptable. */
const LEAD_DESCRIBE_TTL_MS = 24 * 60 * 60_000;

type Cached = { fetchedAt: string; fields: LeadField[] };

export function createLeadFieldSource(db: Db, workspaceId: string, marketo: MarketoClient, now: () => number) {
  let memo: Promise<readonly LeadField[]> | undefined;
  const load = async (): Promise<readonly LeadField[]> => {
    const stored = await readCheckpoint<Cached>(db, workspaceId, LEAD_DESCRIBE_STREAM);
    if (stored && now() - Date.parse(stored.cursor.fetchedAt) < LEAD_DESCRIBE_TTL_MS) return stored.cursor.fields;
    const fields = await marketo.describeLeads();
    const cursor: Cached = { fetchedAt: new Date(now()).toISOString(), fields };
    // A lost race with another run only means both described; either answer is fine to keep.
    await writeCheckpoint(db, workspaceId, LEAD_DESCRIBE_STREAM, cursor, stored?.version ?? null).catch(() => undefined);
    return fields;
  };
  return () => {
    if (!memo) {
      memo = load();
      // A failed describe is not remembered: the error is handled by the batch, and the next batch asks again.
      memo.catch(() => (memo = undefined));
    }
    return memo;
  };
}
