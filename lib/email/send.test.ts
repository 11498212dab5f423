import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb, migrate, openDb, type Handle } from "@/db";
import { outboxEmails } from "@/db/schema";
import { startResendCapture, type ResendCapture } from "@/lib/testing/resend-capture";
import { createEmailSender, sendEmail, type EmailMessage } from "./send";

const FROM = "ON24 Connect <notifications@example.test>";
// Short waits: the policy is exercised, the test does not sit through production backoff.
const FAST_RETRY = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 };

const message = (overrides: Partial<EmailMessage> = {}): EmailMessage => ({
  to: ["oncall@example.test", "lead@example.test"],
  subject: "Sync failed for Acme",
  html: "<p>Sync failed. <a href=\"http://localhost:3000/activity/42\">Open the run</a></p>",
  text: "Sync failed. Open the run: http://localhost:3000/activity/42",
  kind: "alert:run_failed",
  ...overrides,
});

describe("sendEmail through Resend (a local capture server)", () => {
  let handle: Handle;
  let capture: ResendCapture;
  let send: ReturnType<typeof createEmailSender>;
  const rowOf = async (id: number) => (await handle.db.select().from(outboxEmails).where(eq(outboxEmails.id, id)))[0];

  beforeAll(async () => {
    handle = await openDb({ driver: "pglite", pgliteDir: "memory://" });
    await migrate(handle);
    capture = await startResendCapture();
    send = createEmailSender({
      db: async () => handle.db,
      resend: { apiKey: "re_test_123", baseUrl: capture.baseUrl },
      from: FROM,
      retry: FAST_RETRY,
    });
  });
  afterAll(async () => {
    await capture.close();
    await handle.close();
  });
  beforeEach(() => capture.reset());

  it("delivers recipients, subject, text and html, and records the provider id", async () => {
    const result = await send(message());
    expect(capture.emails).toHaveLength(1);
    const [email] = capture.emails;
    expect(email).toMatchObject({ from: FROM, to: ["oncall@example.test", "lead@example.test"], subject: "Sync failed for Acme" });
    expect(email.text).toContain("http://localhost:3000/activity/42");
    expect(email.html).toContain('<a href="http://localhost:3000/activity/42">');
    expect(email.authorization).toBe("Bearer re_test_123");
    // Even without a caller key, each message carries one so retries cannot deliver it twice.
    expect(email.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(result).toEqual({ id: expect.any(Number), status: "sent", providerId: email.id, error: null, attempts: 1, duplicate: false });
    expect(await rowOf(result.id)).toMatchObject({ status: "sent", providerId: email.id, attempts: 1, kind: "alert:run_failed" });
  });

  it("retries 5xx answers and records the attempts", async () => {
    capture.failNext({ status: 500 }, { status: 503 });
    const result = await send(message());
    expect(capture.requests).toBe(3);
    expect(capture.emails).toHaveLength(1);
    expect(result).toMatchObject({ status: "sent", attempts: 3, providerId: capture.emails[0].id });
  });

  it("retries a 429 (rate limit)", async () => {
    capture.failNext({ status: 429 });
    const result = await send(message());
    expect(result).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("records a failure after the last 5xx without throwing", async () => {
    capture.failNext({ status: 500 }, { status: 500 }, { status: 502, message: "bad gateway" });
    const result = await send(message());
    expect(capture.requests).toBe(FAST_RETRY.attempts);
    expect(result).toMatchObject({ status: "failed", attempts: 3, providerId: null });
    expect(result.error).toMatch(/Resend server error \(502 .*bad gateway\)/);
    expect(await rowOf(result.id)).toMatchObject({ status: "failed", attempts: 3, error: result.error });
  });

  it("records a 4xx as failed without retrying it", async () => {
    capture.failNext({ status: 422, message: "Invalid `to` field" });
    const result = await send(message());
    expect(capture.requests).toBe(1);
    expect(capture.emails).toHaveLength(0);
    expect(result).toMatchObject({ status: "failed", attempts: 1 });
    expect(result.error).toBe("refused by Resend (422 validation_error: Invalid `to` field)");
  });

  it("retries dropped connections and records a network failure", async () => {
    capture.failNext("drop", "drop", "drop");
    const result = await send(message());
    expect(capture.requests).toBe(3);
    expect(result).toMatchObject({ status: "failed", attempts: 3 });
    expect(result.error).toMatch(/^network error/);
  });

  it("records a failure when nothing listens at the provider address", async () => {
    const offline = createEmailSender({
      db: async () => handle.db,
      resend: { apiKey: "re_test_123", baseUrl: "http://127.0.0.1:9" },
      from: FROM,
      retry: FAST_RETRY,
    });
    const result = await offline(message());
    expect(result).toMatchObject({ status: "failed", attempts: 3 });
    expect(result.error).toMatch(/^network error/);
  });

  it("sends a message with an idempotency key once, passing the key to Resend", async () => {
    const key = "alert:run_failed:ws-1:2025-06-01T10";
    const first = await send(message({ idempotencyKey: key }));
    const second = await send(message({ idempotencyKey: key, subject: "a repeat" }));
    expect(capture.requests).toBe(1);
    expect(capture.emails[0].idempotencyKey).toBe(key);
    expect(first).toMatchObject({ status: "sent", duplicate: false });
    expect(second).toEqual({ ...first, duplicate: true });
    expect(await handle.db.select().from(outboxEmails).where(eq(outboxEmails.idempotencyKey, key))).toHaveLength(1);
  });

  it("sends once when two callers race with the same idempotency key", async () => {
    const key = "alert:quota:ws-2:2025-06-01T11";
    const results = await Promise.all([send(message({ idempotencyKey: key })), send(message({ idempotencyKey: key }))]);
    expect(capture.requests).toBe(1);
    expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(results[0].id).toBe(results[1].id);
  });
});

describe("sendEmail without a provider (the outbox)", () => {
  it("records the message with status outbox and sends nothing", async () => {
    const capture = await startResendCapture();
    const handle = await openDb({ driver: "pglite", pgliteDir: "memory://" });
    await migrate(handle);
    try {
      const send = createEmailSender({ db: async () => handle.db, resend: null, from: FROM });
      const first = await send(message({ idempotencyKey: "invite:1" }));
      const again = await send(message({ idempotencyKey: "invite:1" }));
      expect(first).toEqual({ id: expect.any(Number), status: "outbox", providerId: null, error: null, attempts: 0, duplicate: false });
      expect(again).toEqual({ ...first, duplicate: true });
      expect(capture.requests).toBe(0);
    } finally {
      await handle.close();
      await capture.close();
    }
  });

  it("is what the configured sender does when RESEND_API_KEY is unset", async () => {
    const result = await sendEmail(message({ kind: "invitation", subject: "You are invited" }));
    expect(result.status).toBe("outbox");
    const db = await getDb();
    const [row] = await db.select().from(outboxEmails).where(eq(outboxEmails.id, result.id));
    expect(row).toMatchObject({ subject: "You are invited", to: ["oncall@example.test", "lead@example.test"], status: "outbox" });
  });
});
