// The workspace's lead fields (for the create payload's field names and pEPURL__c). Describing them is a
// quota call, so the answer is kept in sync_checkpoints under its own stream and only asked for when a
// run has people to look up or create. It is kept for a day, and only for the Marketo instance and the
// connection save it was read under.
import type { Db } from "@/db";
import type { LoadedConnection } from "@/lib/connection/types";
import type { MarketoClient } from "@/lib/marketo/client";
import type { LeadField } from "@/lib/marketo/types";
import { readCheckpoint, writeCheckpoint } from "./checkpoints";
import type { DbOrTx } from "./db-types";
import { marketoTarget } from "./fingerprints";

export const LEAD_DESCRIBE_STREAM = "cache:lead-describe";
/** Lead fields change when an admin edits the schema, which is rare; a day's delay is acceptable. */
const LEAD_DESCRIBE_TTL_MS = 24 * 60 * 60_000;
/** A describe read by the Test Connection that led to a save is a little older than the save itself. */
const SAVE_SLACK_MS = 10 * 60_000;

type Cached = { fetchedAt: string; target: string; fields: LeadField[] };

/**
 * Stores a lead describe for the workspace, e.g. the one Test Connection just read at a validated save,
 * so the first run needs no describe call of its own.
 */
export async function rememberLeadFields(db: DbOrTx, workspaceId: string, origin: string, fields: LeadField[], now = Date.now()) {
  const stored = await readCheckpoint<Cached>(db, workspaceId, LEAD_DESCRIBE_STREAM);
  const cursor: Cached = { fetchedAt: new Date(now).toISOString(), target: marketoTarget(origin), fields };
  // A lost race with another writer only means both described; either answer is fine to keep.
  await writeCheckpoint(db, workspaceId, LEAD_DESCRIBE_STREAM, cursor, stored?.version ?? null).catch(() => undefined);
}

export function createLeadFieldSource(db: Db, conn: Pick<LoadedConnection, "workspaceId" | "validatedAt">, marketo: MarketoClient, now: () => number) {
  let memo: Promise<readonly LeadField[]> | undefined;
  const target = marketoTarget(marketo.origin);
  const load = async (): Promise<readonly LeadField[]> => {
    const stored = await readCheckpoint<Cached>(db, conn.workspaceId, LEAD_DESCRIBE_STREAM);
    const fetchedAt = stored ? Date.parse(stored.cursor.fetchedAt) : 0;
    const fresh = stored?.cursor.target === target && now() - fetchedAt < LEAD_DESCRIBE_TTL_MS && fetchedAt >= (conn.validatedAt?.getTime() ?? 0) - SAVE_SLACK_MS;
    if (fresh) return stored!.cursor.fields;
    const fields = await marketo.describeLeads();
    await rememberLeadFields(db, conn.workspaceId, marketo.origin, fields, now());
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
