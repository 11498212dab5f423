import "server-only";
import { findUserById } from "@/db/queries/users";
import { getProcess, listReplaysOf } from "@/db/queries/processes";
import { countProcessOutcomes, listProcessCodes, listProcessOutcomes } from "@/db/queries/record-outcomes";
import type { Process } from "@/db/schema";
import { parseTrigger } from "@/lib/activity/triggered-by";
import type { SearchParamsRecord } from "@/lib/search/table-params";
import { parseProcessParams } from "./process-params";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Everything a process page shows, for a process already known to belong to `workspaceId`. */
export async function loadProcessView(workspaceId: string, process: Process, params: SearchParamsRecord) {
  const query = parseProcessParams(params);
  const trigger = parseTrigger(process.triggeredBy);
  const [outcomes, counts, codes, failureCodes, replays, original, triggeredByUser] = await Promise.all([
    listProcessOutcomes(workspaceId, process.id, query),
    countProcessOutcomes(workspaceId, process.id),
    listProcessCodes(workspaceId, process.id),
    listProcessCodes(workspaceId, process.id, { outcome: "failed" }),
    listReplaysOf(workspaceId, process.id),
    process.replayOf ? getProcess(workspaceId, process.replayOf) : null,
    trigger.kind === "user" && UUID.test(trigger.userId) ? findUserById(trigger.userId) : null,
  ]);
  const triggeredBy =
    trigger.kind === "user" ? (triggeredByUser ? `${triggeredByUser.name || triggeredByUser.email} (${triggeredByUser.email})` : "A person no longer in the portal") : trigger.label;
  return { query, outcomes, counts, codes, failureCodes, replays, original, triggeredBy };
}

export type ProcessViewData = Awaited<ReturnType<typeof loadProcessView>>;
