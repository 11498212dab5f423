import type { Db } from "@/db";
import type { AlertDetail } from "./alert-kinds";
import { raiseAlert, type AlertOutcome } from "./alerts";
import { neverThrow } from "./never-throw";
import type { NotifyOptions } from "./notify-options";

/**
 * The scheduler calls this when it finds a workspace lock held past its TTL (it takes the workspace
 * over). Resolved by the workspace's next successful run (onProcessFinished). Never throws.
 */
export async function onLockExpired(
  db: Db,
  input: { workspaceId: string; detail?: AlertDetail },
  options?: NotifyOptions,
): Promise<AlertOutcome | { error: string }> {
  const processId = input.detail?.processId;
  const result = await neverThrow("lock expired alert", () =>
    raiseAlert(
      db,
      { kind: "lock_expired", workspaceId: input.workspaceId, detail: input.detail, occurrenceKey: processId ? `process:${processId}` : undefined },
      options,
    ),
  );
  return result.ok ? result.value : { error: result.error };
}
