import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { connections, outboxEmails, workspaceOptions } from "@/db/schema";
import { createMemoryKv } from "@/lib/kv";
import { acquireLock } from "@/lib/lock";
import { startHarness, type Harness } from "./testing/harness";
import { runWorkspaceLocked, workspaceLockKey } from "./run-locked";

// The one entry point of the cron, the local loop, "Sync now" and the CLI: the lock, the token's
// last use and the run summary all hang on it.
describe("runWorkspaceLocked", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.db
      .update(workspaceOptions)
      .set({ notificationsEnabled: true, notificationRecipients: ["ops@acme.test"] })
      .where(eq(workspaceOptions.workspaceId, h.workspaceId));
  });
  afterAll(() => h.close());

  /** A run with a lock store of its own, so nothing else holds the lock. */
  const runUnlocked = (extra: { notify?: boolean } = {}) =>
    runWorkspaceLocked(h.workspaceId, { kv: createMemoryKv(), db: h.db, clients: h.clients, deadline: Date.now() + 120_000, trigger: "test", ...extra });

  const summariesOf = async (processId: number) =>
    (await h.db.select().from(outboxEmails).where(eq(outboxEmails.kind, "run_summary"))).filter((e) =>
      e.text.includes(`/activity/${processId}`),
    );

  it("refuses a second run while the lock is held, and sends nothing", async () => {
    const kv = createMemoryKv();
    const held = await acquireLock(kv, workspaceLockKey(h.workspaceId), 60_000);
    const result = await runWorkspaceLocked(h.workspaceId, { kv, db: h.db, clients: h.clients, deadline: Date.now() + 60_000, trigger: "test" });
    expect(result.status).toBe("busy");
    expect(result.processId).toBeNull();
    await held!.release();
  });

  it("records the ON24 token's use and sends the run summary once the process ends", async () => {
    const before = new Date();
    const result = await runUnlocked();
    expect(result.status).toBe("completed");
    const [conn] = await h.db.select().from(connections).where(eq(connections.workspaceId, h.workspaceId));
    expect(conn.on24LastUsedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    const summaries = await summariesOf(result.processId!);
    expect(summaries).toHaveLength(1);
    expect(summaries[0].to).toEqual(["ops@acme.test"]);
  });

  it("sends no summary when asked not to notify", async () => {
    // Empty runs are summarised too, so only `notify: false` can keep this one quiet.
    await h.db.update(workspaceOptions).set({ notifyEmptyRuns: true }).where(eq(workspaceOptions.workspaceId, h.workspaceId));
    const result = await runUnlocked({ notify: false });
    expect(result.processId).not.toBeNull();
    expect(await summariesOf(result.processId!)).toHaveLength(0);
  });
});
