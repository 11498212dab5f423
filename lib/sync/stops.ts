// What a stopped run leaves behind: the process row's status and reason, and for a pause or a broken
// connection the workspace's state, which the scheduler reads to skip it.
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { workspaces } from "@/db/schema";
import type { CountDelta } from "./counts";
import type { Stop } from "./failures";
import { addToProcess, setProcessStatus } from "./process-row";

/** Whether the next run can continue this process (and the scheduler may call again soon). */
export const resumable = (stop: Stop) => stop.kind === "deadline" || stop.kind === "transient" || stop.kind === "paused";

export async function applyStop(db: Db, workspaceId: string, processId: number, stop: Stop, calls: Partial<CountDelta>): Promise<void> {
  if (stop.kind === "conflict") return; // another run owns the process now; leave its row alone
  await db.transaction(async (tx) => {
    // Calls spent on work that was not committed still count against the customer's quotas.
    await addToProcess(tx, processId, calls);
    switch (stop.kind) {
      case "deadline":
        return;
      case "transient":
        return setProcessStatus(tx, processId, "running", stop, false);
      case "paused":
        await setProcessStatus(tx, processId, "paused", stop, false);
        await tx.update(workspaces).set({ pausedUntil: stop.until, pauseReason: stop.message }).where(eq(workspaces.id, workspaceId));
        return;
      case "broken":
        await setProcessStatus(tx, processId, "failed", stop, true);
        await tx
          .update(workspaces)
          .set({ connectionStatus: "broken", connectionError: stop.message, syncEnabled: false })
          .where(eq(workspaces.id, workspaceId));
        return;
      case "failed":
        return setProcessStatus(tx, processId, "failed", stop, true);
    }
  });
}
