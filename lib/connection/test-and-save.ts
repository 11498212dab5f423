import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { workspaces } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { encryptSecret, maskSecret } from "@/lib/crypto";
import type { CustomObjectDescribe } from "@/lib/marketo/types";
import { rememberLeadFields } from "@/lib/sync/lead-fields";
import { loadConnection, type ClientHooks } from "./load";
import { resolveMarketoInput, type MarketoFormInput, type ResolvedMarketoInput } from "./marketo-input";
import { upsertConnection } from "./store";
import { runConnectionTest, type ConnectionTestResult } from "./test-connection";

/** Who acts on which workspace; both come from the server's session, never from the form. */
export type Actor = { workspaceId: string; userId: string | null };

export type TestOutcome = {
  result: ConnectionTestResult;
  describe: CustomObjectDescribe | null;
  /** What normalising the Identity URL changed. */
  changes: string[];
};

/**
 * Test Connection with the Marketo values as typed (nothing is saved but the checklist, which is stored
 * in connections.last_test) and the workspace's associated ON24 token.
 */
export async function testConnection(db: Db, actor: Actor, input: MarketoFormInput, hooks: ClientHooks = {}): Promise<TestOutcome> {
  const resolved = await resolveMarketoInput(db, actor.workspaceId, input);
  const { result, describe } = await testWith(db, actor, resolved, hooks);
  return { result, describe, changes: resolved.changes };
}

/** Runs the checks with resolved settings (secret included: keep inside this module) and stores the checklist. */
async function testWith(db: Db, actor: Actor, resolved: ResolvedMarketoInput, hooks: ClientHooks) {
  const conn = await loadConnection(db, actor.workspaceId);
  if (!conn) throw new Error(`workspace ${actor.workspaceId} not found`);
  const { on24 } = conn;
  const on24Settings =
    on24.clientId && on24.tokenKey && on24.tokenSecret
      ? { clientId: on24.clientId, region: on24.region, tokenKey: on24.tokenKey, tokenSecret: on24.tokenSecret, baseUrlOverride: on24.baseUrlOverride }
      : null;
  const { result, describe, leadFields } = await runConnectionTest(
    { marketo: resolved.settings, on24: on24Settings, region: on24.region, virtualConferenceEnabled: conn.virtualConferenceEnabled },
    hooks,
  );
  const on24Worked = result.checks.some((c) => c.id === "on24-token" && c.status === "pass");
  await upsertConnection(db, actor.workspaceId, {
    lastTest: result,
    lastTestAt: new Date(result.ranAt),
    ...(on24Worked && { on24LastUsedAt: new Date(result.ranAt) }),
  });
  return { result, describe, leadFields };
}

export type SaveOutcome = TestOutcome & { saved: boolean };

/**
 * Save: tests again (so the stored describe is the object as it is now) and, unless a check refuses it,
 * stores the Marketo credentials and the describe and turns syncing on. Refused saves change nothing but
 * the stored checklist.
 */
export async function saveConnection(db: Db, actor: Actor, input: MarketoFormInput, hooks: ClientHooks = {}): Promise<SaveOutcome> {
  const resolved = await resolveMarketoInput(db, actor.workspaceId, input);
  const { result, describe, leadFields } = await testWith(db, actor, resolved, hooks);
  const outcome = { result, describe, changes: resolved.changes };
  if (!result.canSave || !describe) return { ...outcome, saved: false };
  const { settings, secretChanged } = resolved;
  const now = new Date();
  await db.transaction(async (tx) => {
    await upsertConnection(tx, actor.workspaceId, {
      marketoClientId: settings.clientId,
      marketoOrigin: settings.origin,
      ...(secretChanged && {
        marketoClientSecretEnc: encryptSecret(settings.clientSecret),
        marketoSecretHint: maskSecret(settings.clientSecret),
      }),
      objectDescribe: describe,
      validatedAt: now,
    });
    await tx
      .update(workspaces)
      .set({ syncEnabled: true, connectionStatus: "ok", connectionError: null, nextRunAt: now })
      .where(eq(workspaces.id, actor.workspaceId));
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      action: "connection.saved",
      detail: {
        marketoClientId: settings.clientId,
        marketoIdentityUrl: settings.origin,
        clientSecret: secretChanged ? "changed" : "unchanged",
        customObjectFields: describe.fields.length,
        syncing: "on",
      },
    });
  });
  // The lead describe this save just read (a cache, so outside the transaction): the first run needs no describe call of its own.
  if (leadFields) await rememberLeadFields(db, actor.workspaceId, settings.origin, leadFields, now.getTime());
  return { ...outcome, saved: true };
}
