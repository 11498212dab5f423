import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { outboxEmails, processes } from "@/db/schema";
import { notifyRunFinished } from "./run-summary";
import { ORIGIN, seedOutcomes, seedProcess, seedWorkspace, startHarness, type NotifyHarness } from "./test-fixtures";

const NOW = "2025-03-04T10:03:00Z";

describe("notifyRunFinished (workspace run summaries)", () => {
  let h: NotifyHarness;
  beforeAll(async () => (h = await startHarness()));
  afterAll(() => h.close());
  beforeEach(() => h.capture.reset());

  it("emails the workspace's recipients the guide's counts, the run facts and the deep link", async () => {
    const ws = await seedWorkspace(h.handle, { name: "Acme Events" });
    const pid = await seedProcess(h.handle, ws, { leadsCreated: 12, coMapped: 40, coFailed: 0, coWarnings: 2, skipped: 5 });

    const result = await notifyRunFinished(h.handle.db, pid, h.at(NOW));

    expect(result.sent).toMatchObject({ status: "sent", duplicate: false });
    expect(h.capture.emails).toHaveLength(1);
    const [email] = h.capture.emails;
    expect(email.to).toEqual(["marketing@acme.test", "ops@acme.test"]);
    expect(email.subject).toBe("[ON24 Connect] Sync completed for Acme Events: 40 mapped, 0 failed");
    expect(email.idempotencyKey).toBe(`run-summary:${pid}:completed`);
    const text = email.text!;
    expect(text).toContain("ON24 Connect for Marketo");
    expect(text).toContain("12 people created in Marketo, 40 oN24Attendee_c records created or updated, 0 failed, 2 with warnings, 5 skipped.");
    expect(text).toContain("Leads successfully created: 12");
    expect(text).toContain("Custom objects successfully mapped: 40");
    expect(text).toContain("Custom objects failed: 0");
    expect(text).toContain("Custom objects with warnings: 2");
    expect(text).toContain("Skipped: 5");
    expect(text).toContain("Window: 2025-03-04 08:00 UTC to 2025-03-04 10:00 UTC");
    expect(text).toContain("Duration: 2 min");
    expect(text).toContain(`Process ID: ${pid}`);
    expect(text).toContain("ON24 client ID: 22334");
    expect(text).toContain(`${ORIGIN}/activity/${pid}`);
    expect(email.html).toContain(`href="${ORIGIN}/activity/${pid}"`);
    expect(text).not.toContain("Top failure reasons");
    const [row] = await h.handle.db.select().from(outboxEmails).where(eq(outboxEmails.id, (result.sent as { id: number }).id));
    expect(row).toMatchObject({ kind: "run_summary", workspaceId: ws, status: "sent" });
  });

  it("lists the top failure reasons, most frequent first, each with its fix", async () => {
    const ws = await seedWorkspace(h.handle);
    const pid = await seedProcess(h.handle, ws, { status: "completed_with_errors", coMapped: 7, coFailed: 6 });
    await seedOutcomes(h.handle, ws, pid, [
      ...Array.from({ length: 3 }, () => ({ outcome: "failed" as const, code: "1004", message: "Lead not found" })),
      ...Array.from({ length: 2 }, () => ({ outcome: "failed" as const, code: "invalid_event_id", message: "eventid is not a number" })),
      { outcome: "failed", code: "1003", message: "Value too long" },
      { outcome: "failed", code: "9999", message: "should not be listed: fourth" },
      { outcome: "skipped", code: "person_not_found", message: "not a failure" },
    ]);

    await notifyRunFinished(h.handle.db, pid, h.at(NOW));

    const text = h.capture.emails[0].text!;
    expect(h.capture.emails[0].subject).toBe("[ON24 Connect] Sync completed with errors for Acme Events: 7 mapped, 6 failed");
    const reasons = text.slice(text.indexOf("Top failure reasons"));
    const order = ["(1004), 3 records", "(invalid_event_id), 2 records", "(1003), 1 record"].map((s) => reasons.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(reasons).toContain('"Lead not found"');
    expect(reasons).toMatch(/\(1004\).*Fix: \S/s);
    expect(reasons).not.toContain("9999");
    expect(reasons).not.toContain("person_not_found");
  });

  it("explains why a failed run stopped, even when it wrote nothing", async () => {
    const ws = await seedWorkspace(h.handle);
    const pid = await seedProcess(h.handle, ws, { status: "failed", errorCode: "marketo_unavailable", errorMessage: "Marketo answered 502 three times" });

    const result = await notifyRunFinished(h.handle.db, pid, h.at(NOW));

    expect(result.sent).not.toBeNull();
    const [email] = h.capture.emails;
    expect(email.subject).toBe("[ON24 Connect] Sync failed for Acme Events: Marketo unavailable");
    expect(email.text).toContain("Why the run stopped: Marketo unavailable");
    expect(email.text).toContain("Marketo answered 502 three times");
    expect(email.text).toContain("What to do: Nothing to change");
  });

  it("says when a paused run resumes", async () => {
    const ws = await seedWorkspace(h.handle);
    const { workspaces } = await import("@/db/schema");
    await h.handle.db.update(workspaces).set({ pausedUntil: new Date("2025-03-05T06:00:00Z") }).where(eq(workspaces.id, ws));
    const pid = await seedProcess(h.handle, ws, { status: "paused", kind: "backfill", coMapped: 3, errorCode: "607", errorMessage: "Daily quota reached" });

    await notifyRunFinished(h.handle.db, pid, h.at(NOW));

    expect(h.capture.emails[0].subject).toBe("[ON24 Connect] Backfill paused for Acme Events: 3 mapped, 0 failed");
    expect(h.capture.emails[0].text).toContain("Syncing resumes on its own at 2025-03-05 06:00 UTC.");
  });

  it("sends once when the finish is reported twice", async () => {
    const ws = await seedWorkspace(h.handle);
    const pid = await seedProcess(h.handle, ws, { coMapped: 1 });
    const first = await notifyRunFinished(h.handle.db, pid, h.at(NOW));
    const second = await notifyRunFinished(h.handle.db, pid, h.at(NOW));
    expect(h.capture.emails).toHaveLength(1);
    expect(second.sent).toMatchObject({ id: (first.sent as { id: number }).id, duplicate: true });
  });

  it("a process paused for the quota and completed after the reset is summarised at each end", async () => {
    const ws = await seedWorkspace(h.handle);
    const pid = await seedProcess(h.handle, ws, { status: "paused", errorCode: "607", coMapped: 3 });
    await notifyRunFinished(h.handle.db, pid, h.at(NOW));
    await h.handle.db.update(processes).set({ status: "completed", errorCode: null, coMapped: 9 }).where(eq(processes.id, pid));
    await notifyRunFinished(h.handle.db, pid, h.at(NOW));
    await notifyRunFinished(h.handle.db, pid, h.at(NOW));
    expect(h.capture.emails.map((e) => e.subject)).toEqual([
      "[ON24 Connect] Sync paused for Acme Events: 3 mapped, 0 failed",
      "[ON24 Connect] Sync completed for Acme Events: 9 mapped, 0 failed",
    ]);
  });

  it("sends nothing for a run that wrote nothing, unless the workspace asked for empty runs", async () => {
    const quiet = await seedWorkspace(h.handle);
    const quietRun = await seedProcess(h.handle, quiet);
    expect(await notifyRunFinished(h.handle.db, quietRun, h.at(NOW))).toEqual({ sent: null, reason: "empty_run" });
    expect(h.capture.emails).toHaveLength(0);

    const chatty = await seedWorkspace(h.handle, { notifyEmptyRuns: true });
    const chattyRun = await seedProcess(h.handle, chatty);
    expect((await notifyRunFinished(h.handle.db, chattyRun, h.at(NOW))).sent).not.toBeNull();
    expect(h.capture.emails).toHaveLength(1);
    expect(h.capture.emails[0].text).toContain("0 people created in Marketo");
  });

  it("sends nothing when Notifications is off, nobody is listed, or the run has not finished", async () => {
    const off = await seedWorkspace(h.handle, { notifications: false });
    const nobody = await seedWorkspace(h.handle, { recipients: [] });
    const on = await seedWorkspace(h.handle);
    const cases = [
      [await seedProcess(h.handle, off, { coMapped: 4 }), "notifications_off"],
      [await seedProcess(h.handle, nobody, { coMapped: 4 }), "no_recipients"],
      [await seedProcess(h.handle, on, { status: "running", coMapped: 4 }), "not_finished"],
      [await seedProcess(h.handle, on, { status: "cancelled", coMapped: 4 }), "not_finished"],
      [987654, "process_not_found"],
    ] as const;
    for (const [pid, reason] of cases) expect(await notifyRunFinished(h.handle.db, pid, h.at(NOW))).toEqual({ sent: null, reason });
    expect(h.capture.requests).toBe(0);
  });
});
