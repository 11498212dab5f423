import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alerts, workspaceOptions, workspaces } from "@/db/schema";
import { createEmailSender } from "@/lib/email/send";
import { SANDBOX_MARKETO_CLIENT_SECRET } from "@/lib/sandbox/marketo/constants";
import { startHarness as startSyncHarness, type Harness } from "@/lib/sync/testing/harness";
import { startResendCapture, type ResendCapture } from "@/lib/testing/resend-capture";
import { onProcessFinished } from "./process-finished";

const ORIGIN = "https://connect.example.test";
const ONCALL = ["oncall@ops.example.test"];

/**
 * The "done when", with the real engine: a sandbox run that fails produces one on-call alert
 * and one workspace summary; once the connection is fixed, the next run brings the recovery email.
 */
describe("a failed sandbox run, end to end", () => {
  let sync: Harness;
  let capture: ResendCapture;
  let notify: Parameters<typeof onProcessFinished>[2];

  beforeAll(async () => {
    sync = await startSyncHarness({ on24: { seed: 3, events: 2, registrantsPerEvent: 10, pastDays: 3, futureDays: 0 } });
    capture = await startResendCapture();
    const send = createEmailSender({ db: async () => sync.db, resend: { apiKey: "re_test", baseUrl: capture.baseUrl }, from: "ON24 Connect <n@example.test>" });
    notify = { send, oncall: ONCALL, appUrl: ORIGIN };
    await sync.db
      .update(workspaceOptions)
      .set({ notificationsEnabled: true, notificationRecipients: ["marketing@acme.test"] })
      .where(eq(workspaceOptions.workspaceId, sync.workspaceId));
  });
  afterAll(async () => {
    await capture.close();
    await sync.close();
  });

  it("one alert and one summary for the failure, then a recovery after the fix", async () => {
    // Marketo refuses the API user's permissions (603) from now on.
    sync.marketo.state.injectFault({ kind: "error-code", code: "603", message: "Access denied", times: Infinity });
    const failed = await sync.run();
    expect(failed.status).toBe("failed");

    await onProcessFinished(sync.db, failed.processId!, notify);

    expect(capture.emails.map((e) => [e.to, e.subject])).toEqual([
      [["marketing@acme.test"], "[ON24 Connect] Sync failed for Sync Test: Access denied"],
      [ONCALL, "[ON24 Connect alert] Connection broke for Sync Test"],
    ]);
    const alert = capture.emails[1].text!;
    expect(alert).toContain("Error code: 603");
    expect(alert).toContain(`ON24 client ID: ${sync.on24.state.clientId}`);
    expect(alert).toContain(`${ORIGIN}/support/processes/${failed.processId}`);
    expect(alert).toContain(`${ORIGIN}/activity/${failed.processId}`);
    expect(alert).toContain("Read-Write Custom Object");
    for (const secret of [sync.on24.state.tokenKey, sync.on24.state.tokenSecret, SANDBOX_MARKETO_CLIENT_SECRET]) {
      for (const email of capture.emails) expect([email.subject, email.html, email.text].join("\n")).not.toContain(secret);
    }

    // An admin fixes the permission and saves the connection again (which re-enables syncing).
    sync.marketo.state.instance(sync.marketoClientId).faults.length = 0;
    await sync.db.update(workspaces).set({ syncEnabled: true, connectionStatus: "ok", connectionError: null }).where(eq(workspaces.id, sync.workspaceId));
    const fixed = await sync.run();
    expect(fixed.status).toMatch(/^completed/);
    await onProcessFinished(sync.db, fixed.processId!, notify);

    expect(capture.emails.slice(2).map((e) => e.subject).sort()).toEqual([
      expect.stringMatching(/^\[ON24 Connect resolved\] Connection broke for Sync Test: recovered after /),
      expect.stringMatching(/^\[ON24 Connect\] Sync completed/),
    ]);
    expect(await sync.db.select().from(alerts).where(eq(alerts.status, "open"))).toEqual([]);
  });
});
