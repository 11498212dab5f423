import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/db";
import { getOutboxEmail, listOutboxEmails } from "@/db/queries/outbox";
import { getOnCallEmail, listOnCallEmails, listOpenAlerts } from "@/db/queries/staff-outbox";
import { DEMO_WORKSPACE_NAME } from "@/db/seed";
import { appState, outboxEmails, processes, workspaceOptions, workspaces } from "@/db/schema";
import { sendEmail } from "@/lib/email/send";
import { appUrl } from "@/lib/env";
import { checkSchedulerHealth } from "./scheduler-health";
import { onProcessFinished } from "./process-finished";

/**
 * The embedded default end to end: the app's own database (PGlite, seeded with the demo workspace) and
 * the environment's sender, which without RESEND_API_KEY keeps every email in the outbox.
 */
describe("the outbox pages list what the embedded default sent", () => {
  let db: Db;
  let ws: string;
  let pid: number;
  // No recipients given: the embedded default's on-call staff account (oncall@demo.test) stands in for ONCALL_EMAILS.
  const oncall = {};

  beforeAll(async () => {
    db = await getDb();
    [{ id: ws }] = await db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.name, DEMO_WORKSPACE_NAME));
    await db.update(workspaceOptions).set({ notificationsEnabled: true, notificationRecipients: ["admin@demo.test"] }).where(eq(workspaceOptions.workspaceId, ws));
    [{ id: pid }] = await db
      .insert(processes)
      .values({ workspaceId: ws, kind: "incremental", status: "failed", errorCode: "marketo_unavailable", coMapped: 4, coFailed: 1 })
      .returning({ id: processes.id });
    await onProcessFinished(db, pid, oncall);
    await db.insert(appState).values({ key: "cron:last_tick", value: { at: "2025-03-04T08:00:00Z" } });
    await checkSchedulerHealth(db, new Date("2025-03-04T10:00:00Z"), oncall);
    await sendEmail({ to: ["admin@demo.test"], subject: "Reset your password", html: "<p>reset</p>", text: "reset link", kind: "password_reset" });
  });

  it("a failed run leaves one summary and one on-call alert in the workspace outbox, kept (not delivered)", async () => {
    const { rows, total } = await listOutboxEmails(ws, { limit: 50, offset: 0 });
    expect(total).toBe(2);
    expect(rows.map((r) => [r.kind, r.status, r.to]).sort()).toEqual([
      ["alert:run_failed", "outbox", ["oncall@demo.test"]],
      ["run_summary", "outbox", ["admin@demo.test"]],
    ]);
    const summary = await getOutboxEmail(ws, rows.find((r) => r.kind === "run_summary")!.id);
    expect(summary!.subject).toBe(`[ON24 Connect] Sync failed for ${DEMO_WORKSPACE_NAME}: Marketo unavailable`);
    expect(summary!.text).toContain(`${appUrl}/activity/${pid}`);
    expect(summary!.html).toContain(`href="${appUrl}/activity/${pid}"`);
  });

  it("the staff view lists every alert, including global ones, and never other people's reset links", async () => {
    const { rows } = await listOnCallEmails({ limit: 50, offset: 0 });
    expect(rows.map((r) => [r.kind, r.workspaceName]).sort()).toEqual([
      ["alert:run_failed", DEMO_WORKSPACE_NAME],
      ["alert:scheduler_stalled", null],
    ]);
    const global = await getOnCallEmail(rows.find((r) => r.kind === "alert:scheduler_stalled")!.id);
    expect(global!.text).toContain("No scheduled sync tick has succeeded since 2025-03-04 08:00 UTC");

    const others = await db.select({ id: outboxEmails.id, kind: outboxEmails.kind }).from(outboxEmails);
    for (const other of others.filter((o) => !o.kind.startsWith("alert:"))) expect(await getOnCallEmail(other.id)).toBeNull();
    expect(others.map((o) => o.kind)).toContain("password_reset");

    expect((await listOpenAlerts()).map((a) => [a.kind, a.workspaceName]).sort()).toEqual([
      ["run_failed", DEMO_WORKSPACE_NAME],
      ["scheduler_stalled", null],
    ]);
  });
});
