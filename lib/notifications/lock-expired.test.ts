import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onLockExpired } from "./lock-expired";
import { onProcessFinished } from "./process-finished";
import { seedProcess, seedWorkspace, startHarness, type NotifyHarness } from "./test-fixtures";

describe("onLockExpired", () => {
  let h: NotifyHarness;
  beforeAll(async () => (h = await startHarness()));
  afterAll(() => h.close());

  it("alerts once per stuck run and is resolved by the workspace's next successful run", async () => {
    const ws = await seedWorkspace(h.handle, { notifications: false });
    const detail = { processId: 12, ttlMs: 360_000, heldForMs: 400_000 };
    const first = await onLockExpired(h.handle.db, { workspaceId: ws, detail }, h.at("2025-03-04T10:00:00Z"));
    const repeat = await onLockExpired(h.handle.db, { workspaceId: ws, detail }, h.at("2025-03-04T10:10:00Z"));
    expect(first).toMatchObject({ counted: true, email: { status: "sent" } });
    expect(repeat).toMatchObject({ counted: false, email: null });

    const ok = await seedProcess(h.handle, ws, { status: "completed", coMapped: 2 });
    const finished = await onProcessFinished(h.handle.db, ok, h.at("2025-03-04T10:20:00Z"));
    expect(finished.resolved).toEqual(["lock_expired"]);
    expect(h.capture.emails.map((e) => e.subject)).toEqual([
      "[ON24 Connect alert] Sync lock expired for Acme Events",
      "[ON24 Connect resolved] Sync lock expired for Acme Events: recovered after 20 min",
    ]);
  });

  it("never throws into the scheduler", async () => {
    const broken = { select: () => { throw new Error("database is down"); } } as unknown as typeof h.handle.db;
    expect(await onLockExpired(broken, { workspaceId: "00000000-0000-4000-8000-000000000001" })).toEqual({ error: "Error: database is down" });
  });
});
