"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { getDb } from "@/db";
import { ActionError } from "@/lib/actions/action-error";
import { workspaceAction } from "@/lib/actions/safe-action";
import { getKv } from "@/lib/kv";
import { runSyncNow, syncNowRefusal } from "@/lib/sync/sync-now";
import { emptySchema } from "@/lib/validations/workspace";

/** "Sync now" (marketers and admins): starts one run after the response, so the page is not held. */
export const syncNowAction = workspaceAction({ schema: emptySchema, role: "marketer" }, async function syncNowAction(_input, { user, workspace }) {
  const db = await getDb();
  const kv = getKv();
  const refusal = await syncNowRefusal(db, kv, workspace.id);
  if (refusal) throw new ActionError(refusal);
  after(() =>
    runSyncNow(db, kv, workspace.id, user.id).catch((error: unknown) => {
      console.error(`[sync-now] workspace ${workspace.id}: ${error instanceof Error ? error.message : String(error)}`);
    }),
  );
  revalidatePath("/activity");
  return { message: "Sync started. The run appears below and updates as it goes." };
});
