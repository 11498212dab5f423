import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alerts, connections, outboxEmails, workspaces } from "@/db/schema";
import { encryptSecret } from "@/lib/crypto";
import { eq } from "drizzle-orm";
import { raiseAlert } from "./alerts";
import { onLockExpired } from "./lock-expired";
import { onProcessFinished } from "./process-finished";
import { checkSchedulerHealth } from "./scheduler-health";
import { seedOutcomes, seedProcess, seedWorkspace, startHarness, type NotifyHarness } from "./test-fixtures";

// Shaped like the real thing: ON24 token key/secret, Marketo client id (a UUID) and secret, an access token.
const SECRETS = {
  on24Key: "6f1c0d9b2e7a4c58b3d2a1f09e8c7b6a",
  on24Secret: "Q2hhbmdlTWUtT04yNC1zZWNyZXQtMTIzNDU2Nzg5",
  marketoClientId: "3c9e5a1f-8b2d-4e6a-9f70-1d2c3b4a5e6f",
  marketoSecret: "kX9mP2qR7sT4vW8yZ1aB5cD3eF6gH0jL",
  accessToken: "cdf01657-110d-4155-99a7-f986b2ff13a0:ab",
  bearer: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ3b3Jrc3BhY2UifQ.c2lnbmF0dXJlLXZhbHVlLTEyMzQ1",
};
// Configuration values from the test environment (.config/vitest.config.ts) and the Resend key.
const ENV_SECRETS = ["vitest-auth-secret-0123456789abcdef0123456789", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", "re_test"];

const LEAKY_MESSAGES = [
  `POST https://123-ABC-456.mktorest.com/identity/oauth/token?grant_type=client_credentials&client_id=${SECRETS.marketoClientId}&client_secret=${SECRETS.marketoSecret} answered 401`,
  `ON24 refused accessTokenKey: ${SECRETS.on24Key}, accessTokenSecret=${SECRETS.on24Secret}`,
  `GET /rest/v1/leads.json?access_token=${SECRETS.accessToken}&filterType=email failed; Authorization: Bearer ${SECRETS.bearer}`,
  `token rejected: ${SECRETS.on24Secret} / ${SECRETS.marketoSecret}`,
];

describe("no secret in any email", () => {
  let h: NotifyHarness;
  beforeAll(async () => (h = await startHarness()));
  afterAll(() => h.close());

  it("never shows credentials, tokens or configuration values, whatever the error messages carry", async () => {
    const ws = await seedWorkspace(h.handle, { notifyEmptyRuns: true });
    await h.handle.db.insert(connections).values({
      workspaceId: ws,
      on24TokenKeyEnc: encryptSecret(SECRETS.on24Key),
      on24TokenSecretEnc: encryptSecret(SECRETS.on24Secret),
      on24TokenHint: SECRETS.on24Key.slice(-4),
      marketoClientId: SECRETS.marketoClientId,
      marketoClientSecretEnc: encryptSecret(SECRETS.marketoSecret),
      marketoOrigin: "https://123-ABC-456.mktorest.com",
    });
    await h.handle.db.update(workspaces).set({ connectionError: LEAKY_MESSAGES[0] }).where(eq(workspaces.id, ws));

    const at = (t: string) => h.at(t);
    // Every kind, each with a leaky message, then a success that sends every recovery.
    const codes = ["internal_error", "603", "607", "marketo_unavailable"];
    for (const [i, errorCode] of codes.entries()) {
      const pid = await seedProcess(h.handle, ws, { status: i === 2 ? "paused" : "failed", errorCode, errorMessage: LEAKY_MESSAGES[i], coFailed: 2 });
      await seedOutcomes(h.handle, ws, pid, LEAKY_MESSAGES.map((message) => ({ outcome: "failed" as const, code: "1003", message })));
      await onProcessFinished(h.handle.db, pid, at(`2025-03-04T1${i}:00:00Z`));
    }
    await onLockExpired(h.handle.db, { workspaceId: ws, detail: { processId: 1, errorMessage: LEAKY_MESSAGES[2], ttlMs: 60_000 } }, at("2025-03-04T10:00:00Z"));
    await raiseAlert(h.handle.db, { kind: "scheduler_stalled", detail: { lastTickAt: "2025-03-04T08:00:00Z", errorMessage: LEAKY_MESSAGES[3] } }, at("2025-03-04T10:00:00Z"));
    await checkSchedulerHealth(h.handle.db, new Date("2025-03-04T10:00:00Z"), at("2025-03-04T10:00:00Z"));
    const ok = await seedProcess(h.handle, ws, { status: "completed", coMapped: 1 });
    await onProcessFinished(h.handle.db, ok, at("2025-03-05T10:00:00Z"));

    const kinds = (await h.handle.db.select({ kind: outboxEmails.kind }).from(outboxEmails)).map((r) => r.kind);
    for (const kind of ["run_summary", "alert:run_failed", "alert:credentials", "alert:quota", "alert:lock_expired", "alert:scheduler_stalled"]) {
      expect(kinds).toContain(kind);
    }
    for (const kind of ["recovery:run_failed", "recovery:credentials", "recovery:quota", "recovery:lock_expired"]) expect(kinds).toContain(kind);
    // The messages did reach the emails (redacted), so the check below is not vacuous.
    expect(h.capture.emails.some((e) => e.text!.includes("client_secret=[redacted]"))).toBe(true);
    expect(h.capture.emails.some((e) => e.text!.includes("Bearer [redacted]"))).toBe(true);

    const stored = await h.handle.db.select().from(outboxEmails);
    const alertDetails = JSON.stringify(await h.handle.db.select().from(alerts));
    const everything = [
      ...h.capture.emails.flatMap((e) => [e.subject, e.html ?? "", e.text ?? ""]),
      ...stored.flatMap((e) => [e.subject, e.html, e.text]),
      alertDetails,
    ];
    for (const secret of [...Object.values(SECRETS), ...ENV_SECRETS]) {
      for (const body of everything) expect(body).not.toContain(secret);
    }
  });
});
