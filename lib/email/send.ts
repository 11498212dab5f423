import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { Resend } from "resend";
import { getDb, type Db } from "@/db";
import { outboxEmails, type OutboxEmail } from "@/db/schema";
import { env } from "@/lib/env";
import { deliverWithResend, type RetryPolicy } from "./send-resend";

/**
 * The one sender (STYLE.md §13). Every message is recorded in outbox_emails, which the admin outbox page
 * lists: status "outbox" when no RESEND_API_KEY is configured (the embedded default), otherwise "sent" or
 * "failed" with the provider id, the error and the number of attempts ("sending" while in flight).
 * Delivery failures never throw: a sync run must not crash because an email could not be sent.
 */

export type EmailMessage = {
  to: string[];
  subject: string;
  html: string;
  text: string;
  kind: string;
  workspaceId?: string | null;
  /** Same key → same email: a second call returns the first call's row instead of sending again. */
  idempotencyKey?: string;
};

export type EmailStatus = "outbox" | "sending" | "sent" | "failed";

export type SendResult = {
  /** outbox_emails.id */
  id: number;
  status: EmailStatus;
  providerId: string | null;
  error: string | null;
  attempts: number;
  /** True when the idempotency key had been used before and nothing was sent now. */
  duplicate: boolean;
};

export type EmailSenderConfig = {
  db?: () => Promise<Db>;
  /** null: no provider, write to the outbox only. */
  resend: { apiKey: string; baseUrl?: string } | null;
  from: string;
  retry?: RetryPolicy;
};

export function createEmailSender(config: EmailSenderConfig): (message: EmailMessage) => Promise<SendResult> {
  const db = config.db ?? getDb;
  const client = config.resend ? new Resend(config.resend.apiKey, { baseUrl: config.resend.baseUrl }) : null;

  return async function send(message) {
    const handle = await db();
    const [claimed] = await handle
      .insert(outboxEmails)
      .values({
        ...message,
        workspaceId: message.workspaceId ?? null,
        idempotencyKey: message.idempotencyKey ?? null,
        status: client ? "sending" : "outbox",
      })
      // The unique index on idempotency_key makes the first caller the only sender, even when two race.
      .onConflictDoNothing()
      .returning();
    if (!claimed) {
      const [existing] = await handle
        .select()
        .from(outboxEmails)
        .where(eq(outboxEmails.idempotencyKey, message.idempotencyKey!));
      return toResult(existing, true);
    }
    if (!client) return toResult(claimed, false);

    const delivery = await deliverWithResend(
      client,
      { from: config.from, to: message.to, subject: message.subject, html: message.html, text: message.text },
      // Without a caller key, still send one so our own retries cannot deliver twice.
      { idempotencyKey: message.idempotencyKey ?? randomUUID(), retry: config.retry },
    );
    const [row] = await handle
      .update(outboxEmails)
      .set(
        delivery.ok
          ? { status: "sent", providerId: delivery.providerId, error: null, attempts: delivery.attempts }
          : { status: "failed", error: delivery.error, attempts: delivery.attempts },
      )
      .where(eq(outboxEmails.id, claimed.id))
      .returning();
    return toResult(row, false);
  };
}

function toResult(row: OutboxEmail, duplicate: boolean): SendResult {
  return {
    id: row.id,
    status: row.status as EmailStatus,
    providerId: row.providerId,
    error: row.error,
    attempts: row.attempts,
    duplicate,
  };
}

let configured: ReturnType<typeof createEmailSender> | undefined;

/** The sender the environment configures, recording into the given database (the app's by default). */
export function configuredSender(db?: Db): (message: EmailMessage) => Promise<SendResult> {
  return createEmailSender({
    db: db ? async () => db : undefined,
    resend: env.RESEND_API_KEY ? { apiKey: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL } : null,
    from: env.EMAIL_FROM,
  });
}

/** Sends (or, without RESEND_API_KEY, records in the outbox) one message, as configured by the environment. */
export async function sendEmail(message: EmailMessage): Promise<SendResult> {
  configured ??= configuredSender();
  return configured(message);
}
