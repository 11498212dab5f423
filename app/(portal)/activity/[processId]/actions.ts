"use server";

import { redirect } from "next/navigation";
import { workspaceAction } from "@/lib/actions/safe-action";
import { replaySchema } from "@/lib/activity/replay-schema";
import { requestReplay } from "@/lib/activity/request-replay";
import { startReplaySoon } from "@/lib/sync/start-after-response";

/**
 * Replays failures of a process of the active workspace as a new queued process, starts it at once when
 * the workspace can sync now (otherwise the next scheduled run takes it first), then opens it.
 */
export const replayFailuresAction = workspaceAction({ schema: replaySchema, role: "marketer" }, async function replayFailuresAction(input, { user, workspace }) {
  const { processId } = await requestReplay(workspace.id, input, user.id);
  await startReplaySoon(workspace.id, user.id);
  redirect(`/activity/${processId}`);
});
