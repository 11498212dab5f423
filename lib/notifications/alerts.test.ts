import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { alerts, outboxEmails } from "@/db/schema";
import { raiseAlert, resolveAlert } from "./alerts";
import { ONCALL, ORIGIN, seedWorkspace, startHarness, type NotifyHarness } from "./test-fixtures";

const alertRow = async (h: NotifyHarness, id: number) => (await h.handle.db.select().from(alerts).where(eq(alerts.id, id)))[0];

describe("raiseAlert / resolveAlert (on-call alerts)", () => {
  let h: NotifyHarness;
  beforeAll(async () => (h = await startHarness()));
  afterAll(() => h.close());
  beforeEach(() => h.capture.reset());

  it("tells on-call what happened, where, since when, what was tried, what to do and where to click", async () => {
    const ws = await seedWorkspace(h.handle, { name: "Acme Events", on24ClientId: "22334" });
    const detail = { processId: 41, errorCode: "marketo_unavailable", errorMessage: "Marketo answered 502", attempts: 4, marketoCalls: 17 };

    const { alert, email } = await raiseAlert(h.handle.db, { kind: "run_failed", workspaceId: ws, detail }, h.at("2025-03-04T10:05:00Z"));

    expect(email).toMatchObject({ status: "sent" });
    const [sent] = h.capture.emails;
    expect(sent.to).toEqual(ONCALL);
    expect(sent.subject).toBe("[ON24 Connect alert] Sync failed for Acme Events");
    expect(sent.idempotencyKey).toBe(`alert:run_failed:${ws}:2025-03-04T10:${alert.id}`);
    const text = sent.text!;
    expect(text).toContain("A sync run of Acme Events failed: Marketo unavailable.");
    expect(text).toContain("Workspace: Acme Events");
    expect(text).toContain(`Workspace ID: ${ws}`);
    expect(text).toContain("ON24 client ID: 22334");
    expect(text).toContain("First seen: 2025-03-04 10:05 UTC");
    expect(text).toContain("How often: once so far");
    expect(text).toContain("Error code: marketo_unavailable");
    expect(text).toContain("Error message: Marketo answered 502");
    expect(text).toContain("Attempts: 4");
    expect(text).toContain("Marketo API calls in the run: 17");
    expect(text).toContain("What to do");
    expect(text).toContain("the next run (within minutes) retries on its own");
    // On-call is not a member of the workspace: the support console's view of the run comes first.
    expect(text).toContain(`Open the run in the support console ${ORIGIN}/support/processes/41`);
    expect(text).toContain(`${ORIGIN}/activity/41`);
    expect(text).toContain(`${ORIGIN}/support?field=client_id&q=22334`);
    expect(sent.html).toContain(`href="${ORIGIN}/support/processes/41"`);
    expect(sent.html).toContain(`href="${ORIGIN}/activity/41"`);
    const [row] = await h.handle.db.select().from(outboxEmails).where(eq(outboxEmails.id, email!.id));
    expect(row).toMatchObject({ kind: "alert:run_failed", workspaceId: ws });
    expect(await alertRow(h, alert.id)).toMatchObject({ status: "open", occurrences: 1, lastSentAt: new Date("2025-03-04T10:05:00Z") });
  });

  it("groups repeats: one email per hour, occurrences counted, the next hour emails again", async () => {
    const ws = await seedWorkspace(h.handle);
    const raise = (at: string, processId: number) => raiseAlert(h.handle.db, { kind: "run_failed", workspaceId: ws, detail: { processId } }, h.at(at));

    const first = await raise("2025-03-04T10:05:00Z", 1);
    const second = await raise("2025-03-04T10:40:00Z", 2);
    expect(second.email).toBeNull();
    expect(h.capture.emails).toHaveLength(1);
    expect(await alertRow(h, first.alert.id)).toMatchObject({ occurrences: 2, lastSeenAt: new Date("2025-03-04T10:40:00Z") });

    const third = await raise("2025-03-04T11:01:00Z", 3);
    expect(third.alert.id).toBe(first.alert.id);
    expect(third.email).toMatchObject({ status: "sent" });
    expect(h.capture.emails).toHaveLength(2);
    expect(h.capture.emails[1].subject).toBe("[ON24 Connect alert] Sync failed for Acme Events (3 times)");
    expect(h.capture.emails[1].text).toContain("How often: 3 times since first seen");
    expect(h.capture.emails[1].text).toContain("First seen: 2025-03-04 10:05 UTC (56 min ago)");
    expect(h.capture.emails[1].text).toContain(`${ORIGIN}/activity/3`);
  });

  it("keeps one open alert per workspace and kind: other workspaces and kinds are separate", async () => {
    const a = await seedWorkspace(h.handle, { name: "A" });
    const b = await seedWorkspace(h.handle, { name: "B" });
    const at = h.at("2025-03-04T12:00:00Z");
    await raiseAlert(h.handle.db, { kind: "run_failed", workspaceId: a }, at);
    await raiseAlert(h.handle.db, { kind: "run_failed", workspaceId: b }, at);
    await raiseAlert(h.handle.db, { kind: "quota", workspaceId: a, detail: { resumesAt: "2025-03-05T06:00:00Z" } }, at);
    expect(h.capture.emails.map((e) => e.subject).sort()).toEqual([
      "[ON24 Connect alert] Marketo daily quota used up for A",
      "[ON24 Connect alert] Sync failed for A",
      "[ON24 Connect alert] Sync failed for B",
    ]);
    expect(h.capture.emails.find((e) => e.subject.includes("quota"))!.text).toContain("resumes on its own at 2025-03-05 06:00 UTC");
  });

  it("counts one occurrence once, however often it is reported", async () => {
    const ws = await seedWorkspace(h.handle);
    const input = { kind: "run_failed" as const, workspaceId: ws, occurrenceKey: "process:7" };
    const first = await raiseAlert(h.handle.db, input, h.at("2025-03-04T10:05:00Z"));
    const again = await raiseAlert(h.handle.db, input, h.at("2025-03-04T11:30:00Z"));
    expect(again).toMatchObject({ counted: false, email: null });
    expect(await alertRow(h, first.alert.id)).toMatchObject({ occurrences: 1 });
    expect(h.capture.emails).toHaveLength(1);
  });

  it("emails credentials once per outage, however many hours it lasts", async () => {
    const ws = await seedWorkspace(h.handle);
    const raise = (at: string) => raiseAlert(h.handle.db, { kind: "credentials", workspaceId: ws, detail: { errorCode: "603" } }, h.at(at));
    await raise("2025-03-04T10:00:00Z");
    await raise("2025-03-04T11:30:00Z");
    const later = await raise("2025-03-05T09:00:00Z");
    expect(h.capture.emails).toHaveLength(1);
    expect(later.alert.occurrences).toBe(3);
    expect(h.capture.emails[0].subject).toBe("[ON24 Connect alert] Connection broke for Acme Events");
    expect(h.capture.emails[0].text).toContain("Read-Write Custom Object");
    expect(h.capture.emails[0].text).toContain(`${ORIGIN}/connection`);
    expect(h.capture.emails[0].text).toContain(`${ORIGIN}/support/health`);

    await resolveAlert(h.handle.db, { kind: "credentials", workspaceId: ws }, h.at("2025-03-05T10:00:00Z"));
    await raise("2025-03-05T10:20:00Z");
    expect(h.capture.emails.map((e) => e.subject)).toEqual([
      "[ON24 Connect alert] Connection broke for Acme Events",
      "[ON24 Connect resolved] Connection broke for Acme Events: recovered after 1 d",
      "[ON24 Connect alert] Connection broke for Acme Events",
    ]);
  });

  it("sends one recovery email saying how long it was down, and announces a new outage at once", async () => {
    const ws = await seedWorkspace(h.handle);
    const { alert } = await raiseAlert(h.handle.db, { kind: "run_failed", workspaceId: ws, detail: { processId: 5 } }, h.at("2025-03-04T10:05:00Z"));
    await raiseAlert(h.handle.db, { kind: "run_failed", workspaceId: ws, detail: { processId: 6 } }, h.at("2025-03-04T10:10:00Z"));

    const resolved = await resolveAlert(h.handle.db, { kind: "run_failed", workspaceId: ws, detail: { processId: 9 } }, h.at("2025-03-04T12:10:00Z"));
    const again = await resolveAlert(h.handle.db, { kind: "run_failed", workspaceId: ws }, h.at("2025-03-04T12:11:00Z"));

    expect(resolved.email).toMatchObject({ status: "sent" });
    expect(again).toEqual({ alert: null, email: null });
    expect(await alertRow(h, alert.id)).toMatchObject({ status: "resolved", resolvedAt: new Date("2025-03-04T12:10:00Z") });
    const recovery = h.capture.emails[1];
    expect(recovery.to).toEqual(ONCALL);
    expect(recovery.subject).toBe("[ON24 Connect resolved] Sync failed for Acme Events: recovered after 2 h 5 min");
    expect(recovery.text).toContain("Syncing works again for Acme Events: a later run finished. It was down for 2 h 5 min.");
    expect(recovery.text).toContain("Down since: 2025-03-04 10:05 UTC");
    expect(recovery.text).toContain("Recovered at: 2025-03-04 12:10 UTC");
    expect(recovery.text).toContain("Occurrences while down: 2");
    expect(recovery.text).toContain(`${ORIGIN}/activity/9`);

    // The same hour, a new failure: a new incident, so on-call hears of it now.
    const relapse = await raiseAlert(h.handle.db, { kind: "run_failed", workspaceId: ws }, h.at("2025-03-04T12:30:00Z"));
    expect(relapse.alert.id).not.toBe(alert.id);
    expect(relapse.email).toMatchObject({ status: "sent" });
    expect(h.capture.emails).toHaveLength(3);
  });

  it("records alerts but emails nobody when ONCALL_EMAILS is unset, and then sends no recovery either", async () => {
    const ws = await seedWorkspace(h.handle);
    const quiet = (at: string) => h.at(at, { oncall: [] });
    const { alert, email } = await raiseAlert(h.handle.db, { kind: "quota", workspaceId: ws }, quiet("2025-03-04T10:00:00Z"));
    expect(email).toBeNull();
    expect(await alertRow(h, alert.id)).toMatchObject({ status: "open", occurrences: 1, lastSentAt: null });
    const resolved = await resolveAlert(h.handle.db, { kind: "quota", workspaceId: ws }, h.at("2025-03-04T11:00:00Z"));
    expect(resolved.alert).toMatchObject({ id: alert.id, status: "resolved" });
    expect(resolved.email).toBeNull();
    expect(h.capture.requests).toBe(0);
  });

  it("lock_expired names the TTL and how long the lock was held", async () => {
    const ws = await seedWorkspace(h.handle);
    await raiseAlert(h.handle.db, { kind: "lock_expired", workspaceId: ws, detail: { processId: 77, ttlMs: 360_000, heldForMs: 900_000 } }, h.at("2025-03-04T10:00:00Z"));
    const text = h.capture.emails[0].text!;
    expect(h.capture.emails[0].subject).toBe("[ON24 Connect alert] Sync lock expired for Acme Events");
    expect(text).toContain("Lock TTL: 6 min");
    expect(text).toContain("Held for: 15 min");
    expect(text).toContain("resumes from the last checkpoint");
    expect(text).toContain(`${ORIGIN}/activity/77`);
  });
});
