"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { workspaceAction } from "@/lib/actions/safe-action";
import { cancelBackfillJob } from "@/lib/scheduler/backfill-jobs";
import { cancelBackfillSchema } from "@/lib/validations/backfill-cancel";

export const cancelBackfillAction = workspaceAction(
  { schema: cancelBackfillSchema, role: "admin" },
  async function cancelBackfillAction(input, { user, workspace }) {
    await cancelBackfillJob(await getDb(), { workspaceId: workspace.id, jobId: input.jobId, userId: user.id });
    revalidatePath("/options");
    return { message: "Backfill cancelled. Records it already wrote stay in Marketo." };
  },
);
