import { z } from "zod";
import { REGIONS } from "@/db/schema";

/** Form names of the Connection page. Secret fields may be empty: that keeps the stored value. */

const optionalSecret = z.string().max(500, "That is too long for a credential.").optional().default("");

export const on24ClientIdField = z
  .string()
  .trim()
  .min(1, "Enter your ON24 client ID (shown with the token in ON24's API Dashboard).")
  .regex(/^\d{1,12}$/, "The ON24 client ID is a number, like 48213.");

export const associateOn24Schema = z.object({
  on24ClientId: on24ClientIdField,
  on24TokenKey: optionalSecret,
  on24TokenSecret: optionalSecret,
  on24Region: z.enum(REGIONS, { message: "Choose where your ON24 account is hosted." }),
  on24BaseUrl: z.string().trim().max(300).optional().default(""),
});

export const marketoConnectionSchema = z.object({
  marketoClientId: z.string().trim().min(1, "Enter the Client ID from Admin › LaunchPoint › View Details.").max(200),
  marketoClientSecret: optionalSecret,
  marketoIdentityUrl: z.string().trim().min(1, "Paste the Identity URL from Admin › Integration › Web Services.").max(500),
  /** Set by "Use the sandbox": the server supplies the sandbox secret itself. */
  useSandboxSecret: z
    .string()
    .optional()
    .transform((v) => v === "on" || v === "true"),
});
export type MarketoConnectionForm = z.output<typeof marketoConnectionSchema>;
