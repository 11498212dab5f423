import { ActionError } from "@/lib/actions/action-error";
import { decryptSecret } from "@/lib/crypto";
import { allowTestEndpoints as envAllowTestEndpoints, sandboxEnabled as envSandboxEnabled } from "@/lib/env";
import { checkMarketoHost } from "@/lib/marketo/host-rule";
import { normalizeMarketoUrl } from "@/lib/marketo/identity-url";
import { parseSandboxClientId, SANDBOX_MARKETO_CLIENT_SECRET } from "@/lib/sandbox/marketo/constants";
import type { MarketoSettings } from "./load";
import { storedSecrets, type Writer } from "./store";

/** The Marketo half of the Connection form, as typed. An empty secret keeps the stored one. */
export type MarketoFormInput = {
  clientId: string;
  clientSecret?: string;
  identityUrl: string;
  /** "Use the sandbox" filled the form: the server supplies the sandbox secret, so it never reaches the browser. */
  useSandboxSecret?: boolean;
};

export type ResolvedMarketoInput = {
  settings: MarketoSettings;
  /** What normalisation changed in the pasted Identity URL, in words. */
  changes: string[];
  /** True when the secret differs from the stored one (or none was stored). */
  secretChanged: boolean;
};

type Rules = { allowTestEndpoints?: boolean; sandboxEnabled?: boolean };

/**
 * Normalises the Identity URL, enforces the Marketo host rule and picks the secret. Throws ActionError
 * with field errors (form names marketoIdentityUrl, marketoClientSecret) before any request is sent.
 */
export async function resolveMarketoInput(db: Writer, workspaceId: string, input: MarketoFormInput, rules: Rules = {}): Promise<ResolvedMarketoInput> {
  const normalized = normalizeMarketoUrl(input.identityUrl);
  if ("error" in normalized) throw new ActionError(normalized.error, { marketoIdentityUrl: [normalized.error] });
  const host = checkMarketoHost(normalized.origin, { allowTestEndpoints: rules.allowTestEndpoints ?? envAllowTestEndpoints });
  if (!host.ok) throw new ActionError(host.message, { marketoIdentityUrl: [host.message] });

  const stored = await storedSecrets(db, workspaceId);
  const storedSecret = stored?.marketoClientSecretEnc ? decryptSecret(stored.marketoClientSecretEnc) : null;
  const clientId = input.clientId.trim();
  let secret = input.clientSecret?.trim() || null;
  if (!secret && input.useSandboxSecret && (rules.sandboxEnabled ?? envSandboxEnabled) && parseSandboxClientId(clientId)) {
    secret = SANDBOX_MARKETO_CLIENT_SECRET;
  }
  secret ??= storedSecret;
  if (!secret) {
    const message = "Enter the Client Secret shown under Admin › LaunchPoint › View Details.";
    throw new ActionError(message, { marketoClientSecret: [message] });
  }
  return {
    settings: { origin: normalized.origin, clientId, clientSecret: secret },
    changes: normalized.changes,
    secretChanged: secret !== storedSecret,
  };
}
