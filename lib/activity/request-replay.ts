import { getDb } from "@/db";
import { ActionError } from "@/lib/actions/action-error";
import { queueReplay, ReplayRefused, type QueueReplayResult } from "./queue-replay";
import type { ReplayInput } from "./replay-schema";
import { userTrigger } from "./triggered-by";

/**
 * The replay form's handler, shared by the workspace action and the support console's staff action.
 * `workspaceId` always comes from the server: the active workspace, or for staff the process's own.
 */
export async function requestReplay(workspaceId: string, input: ReplayInput, userId: string): Promise<QueueReplayResult> {
  try {
    return await queueReplay(await getDb(), {
      workspaceId,
      originalProcessId: input.processId,
      ...(input.mode === "selected" ? { outcomeIds: input.outcomeIds } : { code: input.code }),
      triggeredBy: userTrigger(userId),
    });
  } catch (error) {
    if (error instanceof ReplayRefused) throw new ActionError(error.message);
    throw error;
  }
}
