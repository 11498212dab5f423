import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { alerts, outboxEmails } from "@/db/schema";
import { raiseAlert } from "./alerts";
import { onProcessFinished } from "./process-finished";
import { seedProcess, seedWorkspace, startHarness, type NotifyHarness } from "./test-fixtures";

const NOW = "2025-03-04T10:05:00Z";

describe("Resend failures never crash a run and are recorded", () => {
  let h: NotifyHarness;
  beforeAll(async () => (h = await startHarness()));
  afterAll(() => h.close());
  beforeEach(() => h.capture.reset());
  const rowsOf = (ws: string) => h.handle.db.select().from(outboxEmails).where(eq(outboxEmails.workspaceId, ws)).orderBy(outboxEmails.id);
  const failedRun = async () => {
    const ws = await seedWorkspace(h.handle);
    return { ws, pid: await seedProcess(h.handle, ws, { status: "failed", errorCode: "internal_error", coMapped: 1 }) };
  };

  it("retries 5xx and 429 answers and delivers both emails", async () => {
    const { ws, pid } = await failedRun();
    h.capture.failNext({ status: 500 }, { status: 429 });
    await onProcessFinished(h.handle.db, pid, h.at(NOW));
    expect(h.capture.emails).toHaveLength(2);
    expect(h.capture.requests).toBe(4);
    expect((await rowsOf(ws)).map((r) => [r.kind, r.status, r.attempts])).toEqual([
      ["run_summary", "sent", 3],
      ["alert:run_failed", "sent", 1],
    ]);
  });

  it("records a 4xx refusal without retrying it, and without throwing", async () => {
    const { ws, pid } = await failedRun();
    h.capture.failNext({ status: 422, message: "Invalid `to` field" }, { status: 403, message: "API key is invalid" });
    const outcome = await onProcessFinished(h.handle.db, pid, h.at(NOW));
    expect(h.capture.requests).toBe(2);
    expect(outcome.summary).toMatchObject({ sent: { status: "failed", attempts: 1 } });
    expect(outcome.alert).toMatchObject({ counted: true, email: { status: "failed", attempts: 1 } });
    const rows = await rowsOf(ws);
    expect(rows.map((r) => r.status)).toEqual(["failed", "failed"]);
    expect(rows[0].error).toMatch(/refused by Resend \(422 .*Invalid `to` field\)/);
    expect(rows[1].error).toMatch(/refused by Resend \(403 .*API key is invalid\)/);
  });

  it("records network failures after the last attempt, without throwing", async () => {
    const { ws, pid } = await failedRun();
    h.capture.failNext("drop", "drop", "drop", "drop", "drop", "drop");
    const outcome = await onProcessFinished(h.handle.db, pid, h.at(NOW));
    expect(outcome.summary).toMatchObject({ sent: { status: "failed", attempts: 3 } });
    expect((await rowsOf(ws)).map((r) => [r.status, r.attempts, /network error/.test(r.error ?? "")])).toEqual([
      ["failed", 3, true],
      ["failed", 3, true],
    ]);
  });

  it("an alert whose delivery failed is tried again at the next occurrence in a later hour (credentials too)", async () => {
    const ws = await seedWorkspace(h.handle);
    h.capture.failNext({ status: 500 }, { status: 500 }, { status: 500 });
    const first = await raiseAlert(h.handle.db, { kind: "credentials", workspaceId: ws }, h.at("2025-03-04T10:00:00Z"));
    expect(first.email).toMatchObject({ status: "failed" });
    expect((await h.handle.db.select().from(alerts).where(eq(alerts.id, first.alert.id)))[0].lastSentAt).toBeNull();

    const sameHour = await raiseAlert(h.handle.db, { kind: "credentials", workspaceId: ws }, h.at("2025-03-04T10:30:00Z"));
    expect(sameHour.email).toBeNull();
    const nextHour = await raiseAlert(h.handle.db, { kind: "credentials", workspaceId: ws }, h.at("2025-03-04T11:00:00Z"));
    expect(nextHour.email).toMatchObject({ status: "sent" });
    expect(h.capture.emails).toHaveLength(1);
  });
});
