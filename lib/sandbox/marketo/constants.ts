/**
 * Sandbox Marketo credentials and how a client id selects a simulated instance.
 *
 * Every client id that starts with `sandbox` is a separate simulated Marketo instance (its own leads,
 * custom-object records, limits and call log), created on its first token request with the shared secret
 * below. The rest of the id picks the custom-object schema and the lead-field variant:
 *
 *   sandbox                                 realistic schema (about 40 optional fields, string ids), pEPURL__c updateable
 *   sandbox-<schema>                        one of SCHEMA_VARIANTS, e.g. sandbox-eu-integer, sandbox-access-denied
 *   sandbox[-<schema>]-no-pepurl            the lead has no pEPURL__c field
 *   sandbox[-<schema>]-pepurl-readonly      pEPURL__c exists but is read-only
 *   sandbox[-<schema>][-<pepurl>]-flaky     one in five new custom-object records is refused once with 1014
 *                                           ("Failed to create object") and created when sent again: for replay
 *
 * So the onboarding e2e can enter `sandbox-eu-integer` / SANDBOX_MARKETO_CLIENT_SECRET to meet a Europe
 * workspace whose object declares integer ids. Any other client id is rejected with HTTP 401, unless a
 * test registered it explicitly through the sandbox's `instances` option.
 */

export const SANDBOX_MARKETO_CLIENT_ID = "sandbox";
export const SANDBOX_MARKETO_CLIENT_SECRET = "sandbox-marketo-secret";
/** Custom object the simulator knows; any other name answers 610 like a misspelt object. */
export const SANDBOX_CUSTOM_OBJECT = "oN24Attendee_c";

export const SCHEMA_VARIANTS = [
  "realistic", // ~40 optional fields from oN24Attendee_c-fields.tsv, eventid/eventuserid as strings (the default)
  "valid-na-integer", // valid for North America: integer eventid/eventuserid
  "valid-string", // valid everywhere: string eventid/eventuserid, a few optional fields
  "eu-integer", // integer ids: what a Europe/Global workspace must refuse
  "missing-dedupe", // eventuserid is not a dedupe field
  "wrong-types", // some fields with the wrong type or too short a length, plus an unknown field
  "object-missing", // describe and sync answer 610
  "object-missing-empty", // describe answers success with an empty result
  "access-denied", // custom-object calls answer 603 (the role lacks Read-Write Custom Object)
] as const;
export type SchemaVariant = (typeof SCHEMA_VARIANTS)[number];

export const PEP_URL_VARIANTS = ["updateable", "absent", "read-only"] as const;
export type PepUrlVariant = (typeof PEP_URL_VARIANTS)[number];

const PEP_SUFFIXES: [string, PepUrlVariant][] = [
  ["-no-pepurl", "absent"],
  ["-pepurl-readonly", "read-only"],
];

const FLAKY_SUFFIX = "-flaky";

export type SandboxVariants = { schema: SchemaVariant; pepUrl: PepUrlVariant; flakyCreates: boolean };

/** The client id that selects these variants (inverse of `parseSandboxClientId`). */
export function sandboxClientId(schema: SchemaVariant = "realistic", pepUrl: PepUrlVariant = "updateable", flakyCreates = false): string {
  const base = schema === "realistic" ? SANDBOX_MARKETO_CLIENT_ID : `${SANDBOX_MARKETO_CLIENT_ID}-${schema}`;
  const suffix = PEP_SUFFIXES.find(([, variant]) => variant === pepUrl)?.[0] ?? "";
  return `${base}${suffix}${flakyCreates ? FLAKY_SUFFIX : ""}`;
}

/** The variants a sandbox client id selects, or null when it is not a sandbox id. */
export function parseSandboxClientId(clientId: string): SandboxVariants | null {
  if (clientId !== SANDBOX_MARKETO_CLIENT_ID && !clientId.startsWith(`${SANDBOX_MARKETO_CLIENT_ID}-`)) return null;
  let rest = clientId.slice(SANDBOX_MARKETO_CLIENT_ID.length);
  const flakyCreates = rest.endsWith(FLAKY_SUFFIX);
  if (flakyCreates) rest = rest.slice(0, -FLAKY_SUFFIX.length);
  let pepUrl: PepUrlVariant = "updateable";
  for (const [suffix, variant] of PEP_SUFFIXES) {
    if (rest.endsWith(suffix)) {
      pepUrl = variant;
      rest = rest.slice(0, -suffix.length);
    }
  }
  const schema = rest === "" ? "realistic" : rest.slice(1);
  return (SCHEMA_VARIANTS as readonly string[]).includes(schema) ? { schema: schema as SchemaVariant, pepUrl, flakyCreates } : null;
}
