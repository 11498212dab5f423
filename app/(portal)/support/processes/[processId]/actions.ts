"use server";

import { redirect } from "next/navigation";
import { getSupportProcess } from "@/db/queries/support";
import { ActionError } from "@/lib/actions/action-error";
import { staffAction } from "@/lib/actions/safe-action";
import { replaySchema } from "@/lib/activity/replay-schema";
import { requestReplay } from "@/lib/activity/request-replay";
import { startReplaySoon } from "@/lib/sync/start-after-response";

/**
 * Staff replay failures of any workspace's process; the workspace is the process's own, read on the server.
 * Like a customer's replay it starts at once when that workspace can sync now.
 */
export const staffReplayFailuresAction = staffAction({ schema: replaySchema }, async function staffReplayFailuresAction(input, { user }) {
  const process = await getSupportProcess(input.processId);
  if (!process) throw new ActionError("That process no longer exists.");
  const { processId } = await requestReplay(process.workspaceId, input, user.id);
  await startReplaySoon(process.workspaceId, user.id);
  redirect(`/support/processes/${processId}`);
});
