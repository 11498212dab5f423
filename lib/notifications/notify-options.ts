import type { EmailMessage, SendResult } from "@/lib/email/send";
import { sendEmail } from "@/lib/email/send";
import { appUrl } from "@/lib/env";

/**
 * What every notification entry point may be given instead of the environment's defaults: tests pass a
 * sender bound to the capture server, a clock and recipients; the engine and scheduler pass nothing.
 */
export type NotifyOptions = {
  send?: (message: EmailMessage) => Promise<SendResult>;
  /** On-call recipients; defaults to defaultOncallRecipients (none: alerts are recorded, not emailed). */
  oncall?: string[];
  /** Origin of the portal for deep links; defaults to APP_URL. */
  appUrl?: string;
  now?: Date;
};

/** `oncall` stays undefined when not given: the default needs the database (oncall-recipients.ts). */
export type ResolvedNotifyOptions = Required<Omit<NotifyOptions, "oncall">> & Pick<NotifyOptions, "oncall">;

export function resolveNotifyOptions(options: NotifyOptions = {}): ResolvedNotifyOptions {
  return {
    send: options.send ?? sendEmail,
    oncall: options.oncall,
    appUrl: (options.appUrl ?? appUrl).replace(/\/$/, ""),
    now: options.now ?? new Date(),
  };
}
