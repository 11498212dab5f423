import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { alerts, processes, syncCheckpoints, workspaces } from "@/db/schema";
import { onProcessFinished } from "./process-finished";
import { ONCALL, seedProcess, seedWorkspace, startHarness, type NotifyHarness } from "./test-fixtures";

const NOW = "2025-03-04T10:05:00Z";

describe("onProcessFinished (the engine's one call when a run ends)", () => {
  let h: NotifyHarness;
  beforeAll(async () => (h = await startHarness()));
  afterAll(() => h.close());
  beforeEach(() => h.capture.reset());
  const openAlerts = (ws: string) => h.handle.db.select().from(alerts).where(and(eq(alerts.workspaceId, ws), eq(alerts.status, "open")));

  it("a failed run: one workspace summary and one on-call alert, and a second report of it sends nothing more", async () => {
    const ws = await seedWorkspace(h.handle);
    const pid = await seedProcess(h.handle, ws, { status: "failed", errorCode: "marketo_unavailable", errorMessage: "502 Bad Gateway", coMapped: 3 });

    const outcome = await onProcessFinished(h.handle.db, pid, h.at(NOW));
    await onProcessFinished(h.handle.db, pid, h.at(NOW));

    expect(outcome.summary).toMatchObject({ sent: { status: "sent" } });
    expect(outcome.alert).toMatchObject({ counted: true, email: { status: "sent" } });
    expect(h.capture.emails.map((e) => [e.to, e.subject])).toEqual([
      [["marketing@acme.test", "ops@acme.test"], "[ON24 Connect] Sync failed for Acme Events: Marketo unavailable"],
      [ONCALL, "[ON24 Connect alert] Sync failed for Acme Events"],
    ]);
    expect(await openAlerts(ws)).toMatchObject([{ kind: "run_failed", occurrences: 1 }]);
  });

  it("a credentials failure raises credentials, not run_failed", async () => {
    for (const errorCode of ["603", "marketo_auth_failed", "on24_auth_failed"]) {
      const ws = await seedWorkspace(h.handle);
      const pid = await seedProcess(h.handle, ws, { status: "failed", errorCode });
      await onProcessFinished(h.handle.db, pid, h.at(NOW));
      expect((await openAlerts(ws)).map((a) => a.kind)).toEqual(["credentials"]);
    }
    expect(h.capture.emails.filter((e) => e.subject.startsWith("[ON24 Connect alert]")).map((e) => e.subject.includes("Connection broke"))).toEqual([
      true,
      true,
      true,
    ]);
    expect(h.capture.emails.some((e) => e.text!.includes("ON24 refused the connection"))).toBe(true);
  });

  it("a workspace whose connection the run marked broken raises credentials", async () => {
    const ws = await seedWorkspace(h.handle);
    await h.handle.db.update(workspaces).set({ connectionStatus: "broken", connectionError: "Marketo said invalid client" }).where(eq(workspaces.id, ws));
    const pid = await seedProcess(h.handle, ws, { status: "failed", errorCode: null });
    await onProcessFinished(h.handle.db, pid, h.at(NOW));
    expect((await openAlerts(ws)).map((a) => a.kind)).toEqual(["credentials"]);
    expect(h.capture.emails[1].text).toContain("Error message: Marketo said invalid client");
  });

  it("quota (607) pauses: the alert names the resume time from the workspace", async () => {
    const ws = await seedWorkspace(h.handle);
    await h.handle.db.update(workspaces).set({ pausedUntil: new Date("2025-03-05T06:00:00Z"), pauseReason: "quota" }).where(eq(workspaces.id, ws));
    const pid = await seedProcess(h.handle, ws, { status: "paused", errorCode: "607", coMapped: 10, marketoCalls: 311 });

    await onProcessFinished(h.handle.db, pid, h.at(NOW));

    expect((await openAlerts(ws)).map((a) => a.kind)).toEqual(["quota"]);
    const alert = h.capture.emails.find((e) => e.subject.startsWith("[ON24 Connect alert]"))!;
    expect(alert.subject).toBe("[ON24 Connect alert] Marketo daily quota used up for Acme Events");
    expect(alert.text).toContain("Resumes at: 2025-03-05 06:00 UTC");
    expect(alert.text).toContain("Marketo API calls in the run: 311");
  });

  it("completed runs raise nothing; a later success resolves the workspace's alerts with recovery emails", async () => {
    const ws = await seedWorkspace(h.handle, { notifications: false });
    await onProcessFinished(h.handle.db, await seedProcess(h.handle, ws, { status: "failed", errorCode: "internal_error" }), h.at(NOW));
    const quotaRun = await seedProcess(h.handle, ws, { status: "paused", errorCode: "607" });
    await onProcessFinished(h.handle.db, quotaRun, h.at("2025-03-04T10:30:00Z"));
    expect((await openAlerts(ws)).map((a) => a.kind).sort()).toEqual(["quota", "run_failed"]);
    h.capture.reset();

    const ok = await seedProcess(h.handle, ws, { status: "completed_with_errors", coMapped: 5, coFailed: 1 });
    const outcome = await onProcessFinished(h.handle.db, ok, h.at("2025-03-05T07:05:00Z"));

    expect(outcome.alert).toBeNull();
    expect(outcome.resolved.sort()).toEqual(["quota", "run_failed"]);
    expect(await openAlerts(ws)).toEqual([]);
    expect(h.capture.emails.map((e) => e.subject).sort()).toEqual([
      "[ON24 Connect resolved] Marketo daily quota used up for Acme Events: recovered after 20 h 35 min",
      "[ON24 Connect resolved] Sync failed for Acme Events: recovered after 21 h",
    ]);
    expect(h.capture.emails.every((e) => e.text!.includes(`/activity/${ok}`))).toBe(true);
  });

  it("ignores runs that have not finished and processes that do not exist", async () => {
    const ws = await seedWorkspace(h.handle);
    const running = await seedProcess(h.handle, ws, { status: "running", errorCode: "607" });
    expect(await onProcessFinished(h.handle.db, running, h.at(NOW))).toEqual({ summary: null, alert: null, resolved: [] });
    expect(await onProcessFinished(h.handle.db, 424242, h.at(NOW))).toEqual({ summary: null, alert: null, resolved: [] });
    expect(h.capture.requests).toBe(0);
    expect(await openAlerts(ws)).toEqual([]);
  });

  it("a run stuck on a temporary error for an hour alerts on-call (at most hourly) and a finished run resolves it", async () => {
    const ws = await seedWorkspace(h.handle, { notifications: false });
    const pid = await seedProcess(h.handle, ws, { status: "running", finishedAt: null, errorCode: "marketo_unavailable", errorMessage: "502 Bad Gateway" });
    const stop = (at: string) => onProcessFinished(h.handle.db, pid, h.at(at));
    const checkpoint = (stream: string, at: string) =>
      h.handle.db.insert(syncCheckpoints).values({ workspaceId: ws, stream, cursor: {}, updatedAt: new Date(at) });

    expect((await stop("2025-03-04T10:40:00Z")).alert).toBeNull(); // 40 minutes after it started
    await checkpoint("attendees", "2025-03-04T10:30:00Z"); // it wrote a batch at 10:30
    await checkpoint("cache:lead-describe", "2025-03-04T11:00:00Z"); // a cache is not progress
    expect((await stop("2025-03-04T11:20:00Z")).alert).toBeNull();
    expect(h.capture.requests).toBe(0);

    const first = await stop("2025-03-04T11:35:00Z");
    expect(first.alert).toMatchObject({ counted: true, email: { status: "sent" } });
    const [email] = h.capture.emails;
    expect(email.subject).toBe("[ON24 Connect alert] Sync stuck for Acme Events");
    expect(email.text).toContain("has made no progress for 1 h 5 min: Marketo unavailable");
    expect(email.text).toContain("No progress since: 2025-03-04 10:30 UTC");
    expect(email.text).toContain(`Process ID: ${pid}`);
    // The scheduler retries every few minutes: the same hour counts once and sends nothing more.
    expect((await stop("2025-03-04T11:50:00Z")).alert).toMatchObject({ counted: false, email: null });
    expect((await stop("2025-03-04T12:10:00Z")).alert).toMatchObject({ counted: true });
    expect(await openAlerts(ws)).toMatchObject([{ kind: "run_failed", occurrences: 2 }]);

    h.capture.reset();
    await h.handle.db.update(processes).set({ status: "completed", finishedAt: new Date("2025-03-04T12:30:00Z"), errorCode: null }).where(eq(processes.id, pid));
    expect((await onProcessFinished(h.handle.db, pid, h.at("2025-03-04T12:31:00Z"))).resolved).toEqual(["run_failed"]);
    expect(h.capture.emails.map((e) => e.subject)).toEqual(["[ON24 Connect resolved] Sync failed for Acme Events: recovered after 2 h 1 min"]);
  });

  it("a running process stopped by its deadline, or marked by maintenance (its own alert), raises nothing here", async () => {
    const ws = await seedWorkspace(h.handle);
    for (const errorCode of [null, "lock_expired"]) {
      const pid = await seedProcess(h.handle, ws, { status: "running", finishedAt: null, errorCode });
      expect((await onProcessFinished(h.handle.db, pid, h.at("2025-03-04T15:00:00Z"))).alert).toBeNull();
    }
    expect(h.capture.requests).toBe(0);
  });

  it("never throws into the engine when sending throws: the alert is still recorded", async () => {
    const ws = await seedWorkspace(h.handle);
    const pid = await seedProcess(h.handle, ws, { status: "failed", errorCode: "internal_error" });
    const send = async () => {
      throw new Error("socket hang up");
    };
    const outcome = await onProcessFinished(h.handle.db, pid, h.at(NOW, { send }));
    expect(outcome).toEqual({ summary: { error: "Error: socket hang up" }, alert: { error: "Error: socket hang up" }, resolved: [] });
    expect(await openAlerts(ws)).toMatchObject([{ kind: "run_failed", occurrences: 1, lastSentAt: null }]);
  });

  it("never throws into the engine, even when the database fails", async () => {
    const broken = { select: () => { throw new Error("connection terminated"); } } as unknown as typeof h.handle.db;
    const outcome = await onProcessFinished(broken, 1, h.at(NOW));
    expect(outcome).toEqual({ summary: null, alert: null, resolved: [] });
  });
});
