import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { alerts, appState, connections, workspaces } from "@/db/schema";
import { LAST_TICK_KEY, recordTick } from "@/lib/scheduler/last-tick";
import { checkSchedulerHealth, readLastTick } from "./scheduler-health";
import { ONCALL, ORIGIN, seedWorkspace, startHarness, type NotifyHarness } from "./test-fixtures";

describe("checkSchedulerHealth (scheduler_stalled)", () => {
  let h: NotifyHarness;
  beforeAll(async () => (h = await startHarness()));
  afterAll(() => h.close());
  beforeEach(async () => {
    h.capture.reset();
    await h.handle.db.delete(alerts);
    await h.handle.db.delete(workspaces);
    await h.handle.db.delete(appState).where(eq(appState.key, LAST_TICK_KEY));
  });
  const tick = (value: unknown) =>
    h.handle.db.insert(appState).values({ key: LAST_TICK_KEY, value }).onConflictDoUpdate({ target: appState.key, set: { value } });
  const readyWorkspace = async (validatedAt: string) => {
    const ws = await seedWorkspace(h.handle);
    await h.handle.db.update(workspaces).set({ syncEnabled: true }).where(eq(workspaces.id, ws));
    await h.handle.db.insert(connections).values({ workspaceId: ws, validatedAt: new Date(validatedAt) });
  };
  const check = (at: string) => checkSchedulerHealth(h.handle.db, new Date(at), h.at(at));

  it("is healthy within 30 minutes of the last successful tick", async () => {
    await tick({ at: "2025-03-04T10:00:00Z" });
    expect(await check("2025-03-04T10:30:00Z")).toMatchObject({ status: "healthy", alert: null });
    expect(h.capture.requests).toBe(0);
  });

  it("raises a global alert after 30 minutes without a tick, hourly while it lasts, then one recovery", async () => {
    await tick({ at: "2025-03-04T10:00:00Z" });
    const first = await check("2025-03-04T10:31:00Z");
    expect(first).toMatchObject({ status: "stalled", lastTickAt: new Date("2025-03-04T10:00:00Z") });
    await check("2025-03-04T10:50:00Z");
    await check("2025-03-04T11:05:00Z");
    const [alert] = await h.handle.db.select().from(alerts);
    expect(alert).toMatchObject({ kind: "scheduler_stalled", workspaceId: null, occurrences: 3, status: "open" });
    expect(h.capture.emails.map((e) => e.subject)).toEqual([
      "[ON24 Connect alert] Scheduler stalled: no successful sync tick for 31 min",
      "[ON24 Connect alert] Scheduler stalled: no successful sync tick for 1 h 5 min (3 times)",
    ]);
    const [email] = h.capture.emails;
    expect(email.to).toEqual(ONCALL);
    expect(email.text).toContain("Scope: the whole service (all workspaces)");
    expect(email.text).toContain("Last successful tick: 2025-03-04 10:00 UTC (31 min ago)");
    expect(email.text).toContain("/api/cron/sync");
    expect(email.text).toContain(`${ORIGIN}/support/outbox`);
    expect(email.idempotencyKey).toBe(`alert:scheduler_stalled:global:2025-03-04T10:${alert.id}`);

    await tick("2025-03-04T11:20:00Z");
    expect(await check("2025-03-04T11:21:00Z")).toMatchObject({ status: "healthy" });
    await check("2025-03-04T11:26:00Z");
    expect(h.capture.emails).toHaveLength(3);
    expect(h.capture.emails[2].subject).toBe("[ON24 Connect resolved] Scheduler stalled: recovered after 1 h 21 min");
    expect(h.capture.emails[2].text).toContain("The scheduler ticks again: a sync tick succeeded. It was down for 1 h 21 min.");
    expect(h.capture.emails[2].text).toContain("Down since: 2025-03-04 10:00 UTC");
  });

  it("raises nothing when no tick was ever recorded and no workspace has waited 30 minutes (a fresh install)", async () => {
    expect(await check("2025-03-04T10:00:00Z")).toEqual({ status: "unknown", lastTickAt: null, alert: null });
    await readyWorkspace("2025-03-04T09:45:00Z");
    expect(await check("2025-03-04T10:00:00Z")).toEqual({ status: "unknown", lastTickAt: null, alert: null });
    expect(await h.handle.db.select().from(alerts)).toEqual([]);
  });

  it("raises when a workspace has been ready for 30 minutes and no tick ever succeeded (a cron that never ran)", async () => {
    await readyWorkspace("2025-03-04T09:00:00Z");
    expect(await check("2025-03-04T10:00:00Z")).toMatchObject({ status: "stalled", lastTickAt: null });
    expect(h.capture.emails[0].subject).toBe("[ON24 Connect alert] Scheduler stalled: no sync tick has ever succeeded (1 h)");
    expect(h.capture.emails[0].text).toContain("a workspace has been ready to sync since 2025-03-04 09:00 UTC");
    expect(h.capture.emails[0].text).toContain("Last successful tick: none recorded");

    // The scheduler's own writer, as the tick records it.
    await recordTick(h.handle.db, { at: "2025-03-04T10:10:00.000Z", trigger: "cron", ran: 1 });
    expect(await check("2025-03-04T10:11:00Z")).toMatchObject({ status: "healthy", lastTickAt: new Date("2025-03-04T10:10:00Z") });
    expect(h.capture.emails[1].subject).toBe("[ON24 Connect resolved] Scheduler stalled: recovered after 1 h 11 min");
  });

  it("reads the tick as an ISO string, epoch milliseconds or { at }", async () => {
    for (const value of ["2025-03-04T10:00:00.000Z", Date.parse("2025-03-04T10:00:00Z"), { at: "2025-03-04T10:00:00Z" }]) {
      await tick(value);
      expect(await readLastTick(h.handle.db)).toEqual(new Date("2025-03-04T10:00:00Z"));
    }
  });

  it("never throws into the scheduler", async () => {
    const broken = { select: () => { throw new Error("database is down"); } } as unknown as typeof h.handle.db;
    expect(await checkSchedulerHealth(broken, new Date())).toMatchObject({ status: "unknown", error: "Error: database is down" });
  });
});
