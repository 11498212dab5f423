import { migrate, openDb, type Handle } from "@/db";
import { processes, recordOutcomes, workspaceOptions, workspaces, type Process, type RecordOutcome } from "@/db/schema";
import { createEmailSender } from "@/lib/email/send";
import { startResendCapture, type ResendCapture } from "@/lib/testing/resend-capture";
import type { NotifyOptions } from "./notify-options";

/**
 * A migrated in-memory database and the real sender pointed at the local Resend capture server.
 * Test-only; not imported by application code.
 */

export const ORIGIN = "https://connect.example.test";
export const ONCALL = ["oncall@ops.example.test", "lead@ops.example.test"];
// Short waits: the retry policy is exercised without sitting through production backoff.
const FAST_RETRY = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 };

export type NotifyHarness = {
  handle: Handle;
  capture: ResendCapture;
  /** Options for the functions under test, at a given time. */
  at: (now: Date | string, extra?: NotifyOptions) => NotifyOptions;
  close: () => Promise<void>;
};

export async function startHarness(): Promise<NotifyHarness> {
  const handle = await openDb({ driver: "pglite", pgliteDir: "memory://" });
  await migrate(handle);
  const capture = await startResendCapture();
  const send = createEmailSender({
    db: async () => handle.db,
    resend: { apiKey: "re_test", baseUrl: capture.baseUrl },
    from: "ON24 Connect <notifications@example.test>",
    retry: FAST_RETRY,
  });
  return {
    handle,
    capture,
    at: (now, extra) => ({ send, oncall: ONCALL, appUrl: ORIGIN, now: new Date(now), ...extra }),
    close: async () => {
      await capture.close();
      await handle.close();
    },
  };
}

export type WorkspaceSeed = {
  name?: string;
  on24ClientId?: string | null;
  notifications?: boolean;
  recipients?: string[];
  notifyEmptyRuns?: boolean;
};

export async function seedWorkspace(handle: Handle, seed: WorkspaceSeed = {}): Promise<string> {
  const [ws] = await handle.db
    .insert(workspaces)
    .values({ name: seed.name ?? "Acme Events", on24ClientId: seed.on24ClientId === undefined ? "22334" : seed.on24ClientId })
    .returning({ id: workspaces.id });
  await handle.db.insert(workspaceOptions).values({
    workspaceId: ws.id,
    notificationsEnabled: seed.notifications ?? true,
    notificationRecipients: seed.recipients ?? ["marketing@acme.test", "ops@acme.test"],
    notifyEmptyRuns: seed.notifyEmptyRuns ?? false,
  });
  return ws.id;
}

export async function seedProcess(handle: Handle, workspaceId: string, values: Partial<Omit<Process, "id" | "workspaceId">> = {}): Promise<number> {
  const [row] = await handle.db
    .insert(processes)
    .values({
      kind: "incremental",
      status: "completed",
      on24ClientId: "22334",
      startedAt: new Date("2025-03-04T10:00:00Z"),
      finishedAt: new Date("2025-03-04T10:02:05Z"),
      windowStart: new Date("2025-03-04T08:00:00Z"),
      windowEnd: new Date("2025-03-04T10:00:00Z"),
      ...values,
      workspaceId,
    })
    .returning({ id: processes.id });
  return row.id;
}

export async function seedOutcomes(
  handle: Handle,
  workspaceId: string,
  processId: number,
  rows: Array<Partial<Omit<RecordOutcome, "id" | "processId" | "workspaceId">> & { outcome: RecordOutcome["outcome"] }>,
): Promise<void> {
  await handle.db.insert(recordOutcomes).values(rows.map((r) => ({ ...r, workspaceId, processId })));
}
