import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { workspaces, type Region } from "@/db/schema";
import { ActionError } from "@/lib/actions/action-error";
import { recordAudit } from "@/lib/audit";
import { decryptSecret, encryptSecret, maskSecret } from "@/lib/crypto";
import { allowTestEndpoints as envAllowTestEndpoints } from "@/lib/env";
import { On24Error } from "@/lib/on24/errors";
import { buildOn24Client, type ClientHooks } from "./load";
import { checkOn24BaseUrl } from "./on24-endpoint";
import { storedSecrets, upsertConnection } from "./store";
import type { Actor } from "./test-and-save";

/** The ON24 half of the Connection page. Empty key or secret fields keep the stored values. */
export type On24TokenInput = {
  clientId: string;
  tokenKey?: string;
  tokenSecret?: string;
  region: Region;
  /** Test deployments only: the sandbox's or a local test server's base URL; empty follows the region. */
  baseUrl?: string;
};

export type AssociateOutcome = {
  clientName: string | null;
  /** True when the client id or region changed on a validated connection: Test Connection and Save again. */
  needsRevalidation: boolean;
};

/** Verifies the token with a real ON24 call and stores it (encrypted) with the client id and region. */
export async function associateOn24Token(
  db: Db,
  actor: Actor,
  input: On24TokenInput,
  options: { allowTestEndpoints?: boolean; hooks?: ClientHooks } = {},
): Promise<AssociateOutcome> {
  const allowTest = options.allowTestEndpoints ?? envAllowTestEndpoints;
  const clientId = input.clientId.trim();
  const stored = await storedSecrets(db, actor.workspaceId);
  const tokenKey = input.tokenKey?.trim() || (stored?.on24TokenKeyEnc ? decryptSecret(stored.on24TokenKeyEnc) : "");
  const tokenSecret = input.tokenSecret?.trim() || (stored?.on24TokenSecretEnc ? decryptSecret(stored.on24TokenSecretEnc) : "");
  const missing: Record<string, string[]> = {};
  if (!tokenKey) missing.on24TokenKey = ["Enter the access token key from ON24's API Dashboard."];
  if (!tokenSecret) missing.on24TokenSecret = ["Enter the access token secret from ON24's API Dashboard."];
  if (Object.keys(missing).length > 0) throw new ActionError("Enter the ON24 access token.", missing);

  let baseUrl: string | null = null;
  if (allowTest && input.baseUrl?.trim()) {
    const checked = checkOn24BaseUrl(input.baseUrl, { allowTestEndpoints: true });
    if (!checked.ok) throw new ActionError(checked.message, { on24BaseUrl: [checked.message] });
    baseUrl = checked.baseUrl;
  }

  let verified;
  try {
    const client = buildOn24Client({ clientId, region: input.region, tokenKey, tokenSecret, baseUrlOverride: baseUrl }, options.hooks);
    verified = await client.verifyToken();
  } catch (error) {
    if (error instanceof On24Error) throw new ActionError(error.message, { on24ClientId: [error.message] });
    throw error;
  }
  if (!verified.ok) throw new ActionError(`ON24 did not accept this token: ${verified.message}`);

  const [before] = await db.select().from(workspaces).where(eq(workspaces.id, actor.workspaceId)).limit(1);
  const moved = before.on24ClientId !== clientId || before.on24Region !== input.region;
  const needsRevalidation = moved && stored?.validatedAt != null;
  const keyChanged = !stored?.on24TokenKeyEnc || decryptSecret(stored.on24TokenKeyEnc) !== tokenKey;
  const secretChanged = !stored?.on24TokenSecretEnc || decryptSecret(stored.on24TokenSecretEnc) !== tokenSecret;
  const now = new Date();
  await db.transaction(async (tx) => {
    await upsertConnection(tx, actor.workspaceId, {
      on24TokenKeyEnc: encryptSecret(tokenKey),
      on24TokenSecretEnc: encryptSecret(tokenSecret),
      on24TokenHint: maskSecret(tokenKey),
      on24BaseUrl: baseUrl,
      on24VerifiedAt: now,
      on24LastUsedAt: now,
      ...(moved && { validatedAt: null, lastTest: null, lastTestAt: null }),
    });
    await tx
      .update(workspaces)
      .set({ on24ClientId: clientId, on24Region: input.region, ...(moved && { syncEnabled: false, connectionStatus: "unknown" }) })
      .where(eq(workspaces.id, actor.workspaceId));
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      action: "connection.on24_associated",
      detail: {
        on24ClientId: clientId,
        region: input.region,
        accessTokenKey: keyChanged ? "changed" : "unchanged",
        accessTokenSecret: secretChanged ? "changed" : "unchanged",
        ...(baseUrl && { on24BaseUrl: baseUrl }),
        ...(needsRevalidation && { syncing: "paused until the connection is tested and saved again" }),
      },
    });
  });
  return { clientName: verified.clientName, needsRevalidation };
}

/** Removes the stored token; syncing stops until a token is associated and the connection saved again. */
export async function disassociateOn24Token(db: Db, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    await upsertConnection(tx, actor.workspaceId, {
      on24TokenKeyEnc: null,
      on24TokenSecretEnc: null,
      on24TokenHint: null,
      on24VerifiedAt: null,
      on24LastUsedAt: null,
      validatedAt: null,
    });
    await tx.update(workspaces).set({ syncEnabled: false, connectionStatus: "unknown", connectionError: null }).where(eq(workspaces.id, actor.workspaceId));
    await recordAudit(tx, { workspaceId: actor.workspaceId, userId: actor.userId, action: "connection.on24_disassociated", detail: { syncing: "off" } });
  });
}
