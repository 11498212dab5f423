"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { ActionError } from "@/lib/actions/action-error";
import { workspaceAction } from "@/lib/actions/safe-action";
import { getKv } from "@/lib/kv";
import { startSyncAfterResponse } from "@/lib/sync/start-after-response";
import { emptySchema } from "@/lib/validations/workspace";

/** "Sync now" (marketers and admins): starts one run after the response, so the page is not held. */
export const syncNowAction = workspaceAction({ schema: emptySchema, role: "marketer" }, async function syncNowAction(_input, { user, workspace }) {
  const refusal = await startSyncAfterResponse(await getDb(), getKv(), workspace.id, user.id);
  if (refusal) throw new ActionError(refusal);
  revalidatePath("/activity");
  return { message: "Sync started. The run appears below and updates as it goes." };
});
