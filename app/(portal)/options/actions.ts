"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { workspaceAction, staffAction } from "@/lib/actions/safe-action";
import { requestBackfill } from "@/lib/backfill/request";
import { saveOptions, setVirtualConference } from "@/lib/options/save";
import { backfillRequestSchema } from "@/lib/validations/backfill";
import { optionsSchema, virtualConferenceSchema } from "@/lib/validations/options";

/** Admins change options and request backfills; the staff switch is for our support staff only. */

export const saveOptionsAction = workspaceAction(
  { schema: optionsSchema, role: "admin" },
  async function saveOptionsAction(input, { user, workspace }) {
    const changed = await saveOptions(await getDb(), { workspaceId: workspace.id, userId: user.id }, input);
    revalidatePath("/options");
    return { message: changed.length === 0 ? "Nothing changed." : `Saved: ${changed.join(", ")}.` };
  },
);

export const requestBackfillAction = workspaceAction(
  { schema: backfillRequestSchema, role: "admin", echo: ["startDate", "endDate"] },
  async function requestBackfillAction(input, { user, workspace }) {
    const jobs = await requestBackfill(await getDb(), { workspaceId: workspace.id, userId: user.id }, input);
    revalidatePath("/options");
    const what = jobs.length === 1 ? `Backfill of ${jobs[0].startDate} to ${jobs[0].endDate} queued` : `${jobs.length} consecutive backfill runs queued`;
    return { message: `${what}. It starts with the next sync run.` };
  },
);

export const setVirtualConferenceAction = staffAction(
  { schema: virtualConferenceSchema, roles: ["support"] },
  async function setVirtualConferenceAction(input, { user }) {
    await setVirtualConference(await getDb(), user.id, input.targetWorkspaceId, input.enabled);
    revalidatePath("/options");
    return { message: input.enabled ? "Virtual Conference events will be synced for this workspace." : "Virtual Conference events are no longer synced." };
  },
);
