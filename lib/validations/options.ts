import { z } from "zod";

export const MAX_NOTIFICATION_RECIPIENTS = 10;

const toggle = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");

/** Addresses separated by commas, semicolons, spaces or new lines; lower-cased and de-duplicated. */
export function splitRecipients(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[\s,;]+/)) if (part) seen.add(part.toLowerCase());
  return [...seen];
}

const recipientsField = z
  .string()
  .max(5000)
  .optional()
  .default("")
  .transform(splitRecipients)
  .superRefine((list, ctx) => {
    const bad = list.filter((email) => !z.email().safeParse(email).success);
    if (bad.length > 0) ctx.addIssue({ code: "custom", message: `Not a valid email address: ${bad.slice(0, 3).join(", ")}.` });
    if (list.length > MAX_NOTIFICATION_RECIPIENTS) {
      ctx.addIssue({ code: "custom", message: `Up to ${MAX_NOTIFICATION_RECIPIENTS} recipients (you entered ${list.length}).` });
    }
  });

export const optionsSchema = z
  .object({
    createNewPeople: toggle,
    on24Registrants: toggle,
    notificationsEnabled: toggle,
    notifyEmptyRuns: toggle,
    notificationRecipients: recipientsField,
  })
  .superRefine((value, ctx) => {
    if (value.notificationsEnabled && value.notificationRecipients.length === 0) {
      ctx.addIssue({ code: "custom", path: ["notificationRecipients"], message: "Add at least one recipient, or turn notifications off." });
    }
  });
export type OptionsInput = z.output<typeof optionsSchema>;

export const virtualConferenceSchema = z.object({
  targetWorkspaceId: z.uuid("Unknown workspace."),
  enabled: toggle,
});
