import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/db";
import { auditLog, connections, workspaces } from "@/db/schema";
import { ActionError } from "@/lib/actions/action-error";
import { decryptSecret } from "@/lib/crypto";
import { SANDBOX_MARKETO_CLIENT_SECRET } from "@/lib/sandbox/marketo/constants";
import type { MarketoClient } from "@/lib/marketo/client";
import type { Check } from "@/lib/sync/fields/check";
import { createLeadFieldSource } from "@/lib/sync/lead-fields";
import { associateOn24Token } from "./on24-token";
import { saveConnection, testConnection, type Actor } from "./test-and-save";
import { newActor, SANDBOX_SECRETS, sandboxMarketoInput, sandboxOn24Input } from "./test-helpers";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

async function connectedActor(label: string, region: "na" | "eu" = "na"): Promise<Actor> {
  const actor = await newActor(db, label);
  await associateOn24Token(db, actor, sandboxOn24Input(region));
  return actor;
}

const byId = (checks: Check[], id: string) => checks.find((c) => c.id === id);
const statuses = (checks: Check[]) => Object.fromEntries(checks.map((c) => [c.id, c.status]));

async function rows(workspaceId: string) {
  const [c] = await db.select().from(connections).where(eq(connections.workspaceId, workspaceId));
  const [w] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  const audit = await db.select().from(auditLog).where(eq(auditLog.workspaceId, workspaceId));
  return { c, w, audit };
}

describe("testConnection against the sandboxes", () => {
  it("passes every check for the realistic sandbox, normalises /identity away and stores the checklist", async () => {
    const actor = await connectedActor("realistic");
    const { result, changes } = await testConnection(db, actor, sandboxMarketoInput());
    expect(changes).toEqual(['Removed "/identity" from the end: the service adds it to each call itself.']);
    expect(result.checks.filter((c) => c.status === "fail")).toEqual([]);
    expect(statuses(result.checks)).toMatchObject({
      "marketo-token": "pass",
      "co-describe": "pass",
      "co-dedupe-fields": "pass",
      "co-person-link": "pass",
      "co-id-types": "pass",
      "lead-pepurl": "pass",
      "on24-token": "pass",
    });
    expect(byId(result.checks, "on24-content-types")?.message).toMatch(/Webinar/);
    expect(result).toMatchObject({ canSave: true, saveBlockedReason: null, marketoOrigin: "http://localhost:1/api/sandbox/marketo" });
    const { c, w } = await rows(actor.workspaceId);
    expect(c.lastTest).toEqual(result);
    expect(c.marketoClientId).toBeNull(); // testing saves nothing but the checklist
    expect(w.syncEnabled).toBe(false);
  });

  it.each([
    ["sandbox-missing-dedupe", "co-dedupe-fields", /must be exactly personid, eventid and eventuserid/],
    ["sandbox-wrong-types", "co-field-types", /a type the sync can.t fill correctly; change each as listed/],
    ["sandbox-object-missing", "co-describe", /Approve Object/],
    ["sandbox-object-missing-empty", "co-describe", /no approved custom object named oN24Attendee_c/],
    ["sandbox-access-denied", "co-describe", /lacks Read-Write Custom Object \(603\)/],
  ])("%s fails %s with its fix", async (clientId, checkId, message) => {
    const actor = await connectedActor(clientId);
    const { result } = await testConnection(db, actor, sandboxMarketoInput(clientId));
    const check = byId(result.checks, checkId);
    expect(check?.status).toBe("fail");
    expect(check?.message).toMatch(message);
  });

  it("warns when pEPURL__c is missing, without refusing Save", async () => {
    const actor = await connectedActor("nopep");
    const { result } = await testConnection(db, actor, sandboxMarketoInput("sandbox-no-pepurl"));
    expect(byId(result.checks, "lead-pepurl")).toMatchObject({ status: "warning", message: expect.stringMatching(/Read-Write Person/) });
    expect(result.canSave).toBe(true);
  });

  it("a wrong client secret fails the token check with its likely cause, and nothing else runs against Marketo", async () => {
    const actor = await connectedActor("badsecret");
    const { result } = await testConnection(db, actor, { ...sandboxMarketoInput(), clientSecret: "wrong-secret" });
    expect(byId(result.checks, "marketo-token")).toMatchObject({ status: "fail", message: expect.stringMatching(/LaunchPoint service uses the API-only user/) });
    expect(byId(result.checks, "co-describe")).toBeUndefined();
    expect(result.canSave).toBe(false);
  });

  it("without an ON24 token says how to associate one", async () => {
    const actor = await newActor(db, "notoken");
    const { result } = await testConnection(db, actor, sandboxMarketoInput());
    expect(byId(result.checks, "on24-token")).toMatchObject({ status: "fail", message: expect.stringMatching(/Associate Access Token/) });
    expect(result.saveBlockedReason).toMatch(/Associate Access Token/);
  });

  it("refuses a host that fails the Marketo host rule before sending any request", async () => {
    const actor = await connectedActor("evil");
    let sent = 0;
    const fetch = (async () => {
      sent++;
      return new Response("{}");
    }) as typeof globalThis.fetch;
    const error = await testConnection(db, actor, { ...sandboxMarketoInput(), identityUrl: "https://evil.example.com/identity" }, { fetch }).catch((e) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect(error.fieldErrors.marketoIdentityUrl[0]).toMatch(/Only Marketo REST hosts/);
    expect(sent).toBe(0);
  });
});

describe("saveConnection", () => {
  it("refuses Save for integer ids on a Europe workspace, with the reason, and stores no credentials", async () => {
    const actor = await connectedActor("eu-int", "eu");
    const outcome = await saveConnection(db, actor, sandboxMarketoInput("sandbox-eu-integer"));
    expect(outcome.saved).toBe(false);
    expect(byId(outcome.result.checks, "co-id-types")).toMatchObject({ status: "fail", blocksSave: true });
    expect(outcome.result.saveBlockedReason).toMatch(/Europe and Global ON24 accounts need eventid and eventuserid to be String fields, so Save is blocked/);
    const { c, w, audit } = await rows(actor.workspaceId);
    expect(c.marketoClientSecretEnc).toBeNull();
    expect(c.objectDescribe).toBeNull();
    expect(w.syncEnabled).toBe(false);
    expect(audit.map((a) => a.action)).not.toContain("connection.saved");
  });

  it("the same integer ids save on a North America workspace", async () => {
    const actor = await connectedActor("na-int", "na");
    expect((await saveConnection(db, actor, sandboxMarketoInput("sandbox-eu-integer"))).saved).toBe(true);
  });

  it("saves: secret encrypted, describe stored, syncing on; the audit row names no secret", async () => {
    const actor = await connectedActor("save");
    const before = Date.now();
    const outcome = await saveConnection(db, actor, sandboxMarketoInput());
    expect(outcome.saved).toBe(true);
    const { c, w, audit } = await rows(actor.workspaceId);
    expect(c.marketoClientSecretEnc).not.toContain(SANDBOX_MARKETO_CLIENT_SECRET);
    expect(decryptSecret(c.marketoClientSecretEnc!)).toBe(SANDBOX_MARKETO_CLIENT_SECRET);
    expect(c.marketoSecretHint).toBe("••••cret");
    expect(c.marketoOrigin).toBe("http://localhost:1/api/sandbox/marketo");
    expect((c.objectDescribe as { dedupeFields: string[] }).dedupeFields).toEqual(["personid", "eventid", "eventuserid"]);
    expect(c.validatedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(w).toMatchObject({ syncEnabled: true, connectionStatus: "ok", connectionError: null });
    expect(w.nextRunAt.getTime()).toBeLessThanOrEqual(Date.now());
    const saved = audit.find((a) => a.action === "connection.saved");
    expect(saved?.detail).toMatchObject({ clientSecret: "changed", marketoClientId: "sandbox" });
    const text = JSON.stringify(audit);
    for (const secret of SANDBOX_SECRETS) expect(text).not.toContain(secret);
  });

  it("keeps the lead describe it read, so the workspace's first run spends no call on it", async () => {
    const actor = await connectedActor("lead-describe");
    expect((await saveConnection(db, actor, sandboxMarketoInput())).saved).toBe(true);
    const { c } = await rows(actor.workspaceId);
    // A client that must not be asked: the run's lead-field source answers from what the save kept.
    const silent = { origin: c.marketoOrigin!, describeLeads: () => Promise.reject(new Error("described again")) } as unknown as MarketoClient;
    const fields = await createLeadFieldSource(db, { workspaceId: actor.workspaceId, validatedAt: c.validatedAt }, silent, Date.now)();
    expect(fields.map((f) => f.name)).toContain("pEPURL__c");
    // Under another Marketo instance the kept describe does not count.
    const elsewhere = { ...silent, origin: "https://123-ABC-456.mktorest.com" } as unknown as MarketoClient;
    await expect(createLeadFieldSource(db, { workspaceId: actor.workspaceId, validatedAt: c.validatedAt }, elsewhere, Date.now)()).rejects.toThrow("described again");
  });

  it("an empty secret field keeps the stored secret", async () => {
    const actor = await connectedActor("keep-secret");
    await saveConnection(db, actor, sandboxMarketoInput());
    const again = await saveConnection(db, actor, { ...sandboxMarketoInput(), clientSecret: "" });
    expect(again.saved).toBe(true);
    const { c, audit } = await rows(actor.workspaceId);
    expect(decryptSecret(c.marketoClientSecretEnc!)).toBe(SANDBOX_MARKETO_CLIENT_SECRET);
    expect(audit.filter((a) => a.action === "connection.saved").map((a) => a.detail.clientSecret)).toEqual(["changed", "unchanged"]);
  });

  it("asks for the secret when none is stored and the field is empty", async () => {
    const actor = await connectedActor("no-secret");
    const error = await saveConnection(db, actor, { ...sandboxMarketoInput(), clientSecret: "" }).catch((e) => e);
    expect(error.fieldErrors.marketoClientSecret[0]).toMatch(/Client Secret/);
  });

  it("'Use the sandbox' supplies the sandbox secret on the server, only for sandbox client ids", async () => {
    const actor = await connectedActor("preset");
    const input = { ...sandboxMarketoInput(), clientSecret: "", useSandboxSecret: true };
    expect((await saveConnection(db, actor, input)).saved).toBe(true);
    const other = await connectedActor("preset-other");
    const error = await saveConnection(db, other, { ...input, clientId: "real-client-id" }).catch((e) => e);
    expect(error.fieldErrors.marketoClientSecret).toBeDefined();
  });
});
