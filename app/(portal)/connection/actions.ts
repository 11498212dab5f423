"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { ActionError } from "@/lib/actions/action-error";
import { workspaceAction } from "@/lib/actions/safe-action";
import { sandboxOrigins } from "@/lib/connection/load";
import { associateOn24Token, disassociateOn24Token } from "@/lib/connection/on24-token";
import { saveConnection, testConnection } from "@/lib/connection/test-and-save";
import { allowTestEndpoints, sandboxEnabled } from "@/lib/env";
import { SANDBOX_MARKETO_CLIENT_ID } from "@/lib/sandbox/marketo/constants";
import { SANDBOX_ON24_CLIENT_ID, SANDBOX_ON24_TOKEN_KEY, SANDBOX_ON24_TOKEN_SECRET } from "@/lib/sandbox/on24/constants";
import { associateOn24Schema, marketoConnectionSchema, type MarketoConnectionForm } from "@/lib/validations/connection";
import { emptySchema } from "@/lib/validations/workspace";

/**
 * The Connection page's actions. Marketers and admins only; the workspace and the acting user come
 * from the session. No result carries a secret: only messages, hints and what normalising changed.
 */

const PATHS = ["/connection", "/setup-guide"];
const refresh = () => PATHS.forEach((path) => revalidatePath(path));

const marketoInput = (input: MarketoConnectionForm) => ({
  clientId: input.marketoClientId,
  clientSecret: input.marketoClientSecret,
  identityUrl: input.marketoIdentityUrl,
  useSandboxSecret: input.useSandboxSecret,
});

export const associateOn24Action = workspaceAction(
  { schema: associateOn24Schema, role: "marketer", echo: ["on24ClientId", "on24Region", "on24BaseUrl"] },
  async function associateOn24Action(input, { user, workspace }) {
    const outcome = await associateOn24Token(await getDb(), { workspaceId: workspace.id, userId: user.id }, {
      clientId: input.on24ClientId,
      tokenKey: input.on24TokenKey,
      tokenSecret: input.on24TokenSecret,
      region: input.on24Region,
      baseUrl: input.on24BaseUrl,
    });
    refresh();
    const account = outcome.clientName ? ` for ${outcome.clientName}` : "";
    const again = outcome.needsRevalidation ? " The account or region changed, so syncing is paused: run Test Connection and Save again." : "";
    return { message: `Access token associated${account}.${again}` };
  },
);

export const disassociateOn24Action = workspaceAction({ schema: emptySchema, role: "marketer" }, async function disassociateOn24Action(_input, { user, workspace }) {
  await disassociateOn24Token(await getDb(), { workspaceId: workspace.id, userId: user.id });
  refresh();
  return { message: "Access token disassociated. Syncing is off until a token is associated and the connection saved again." };
});

export const testConnectionAction = workspaceAction(
  { schema: marketoConnectionSchema, role: "marketer", echo: ["marketoClientId", "marketoIdentityUrl"] },
  async function testConnectionAction(input, { user, workspace }) {
    const { result, changes } = await testConnection(await getDb(), { workspaceId: workspace.id, userId: user.id }, marketoInput(input));
    refresh();
    const failed = result.checks.filter((c) => c.status === "fail").length;
    // A workspace that already syncs only needs Save to apply changes; "start syncing" would suggest it is off.
    const next = workspace.syncEnabled ? "Syncing is already on; click Save to apply any changes." : "Click Save to start syncing.";
    const message = failed === 0 ? `Successful Connection. ${next}` : `${failed} ${failed === 1 ? "check needs" : "checks need"} attention.`;
    return { message, changes };
  },
);

export const saveConnectionAction = workspaceAction(
  { schema: marketoConnectionSchema, role: "marketer", echo: ["marketoClientId", "marketoIdentityUrl"] },
  async function saveConnectionAction(input, { user, workspace }) {
    const outcome = await saveConnection(await getDb(), { workspaceId: workspace.id, userId: user.id }, marketoInput(input));
    refresh();
    if (!outcome.saved) throw new ActionError(`Not saved. ${outcome.result.saveBlockedReason ?? "Run Test Connection and fix what it reports."}`);
    return { message: "Connection saved. Syncing is on: the first run starts within a few minutes.", changes: outcome.changes };
  },
);

/** "Use the sandbox": associates the simulated ON24 token on the server and returns only non-secret Marketo values. */
export const fillSandboxAction = workspaceAction({ schema: emptySchema, role: "marketer" }, async function fillSandboxAction(_input, { user, workspace }) {
  if (!sandboxEnabled || !allowTestEndpoints) throw new ActionError("The sandbox is not available on this deployment.");
  const origins = sandboxOrigins();
  await associateOn24Token(await getDb(), { workspaceId: workspace.id, userId: user.id }, {
    clientId: SANDBOX_ON24_CLIENT_ID,
    tokenKey: SANDBOX_ON24_TOKEN_KEY,
    tokenSecret: SANDBOX_ON24_TOKEN_SECRET,
    region: "na",
    baseUrl: origins.on24BaseUrl,
  });
  refresh();
  return {
    message: "The sandbox ON24 token is associated and the Marketo fields are filled in. Click Test Connection, then Save.",
    marketo: { clientId: SANDBOX_MARKETO_CLIENT_ID, identityUrl: `${origins.marketoOrigin}/identity` },
  };
});
