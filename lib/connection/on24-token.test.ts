import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditLog, connections, workspaces } from "@/db/schema";
import { ActionError } from "@/lib/actions/action-error";
import { decryptSecret } from "@/lib/crypto";
import { SANDBOX_ON24_TOKEN_KEY, SANDBOX_ON24_TOKEN_SECRET } from "@/lib/sandbox/on24/constants";
import { associateOn24Token, disassociateOn24Token } from "./on24-token";
import { newActor, SANDBOX_SECRETS, sandboxOn24Input } from "./test-helpers";

async function rowOf(workspaceId: string) {
  const db = await getDb();
  const [c] = await db.select().from(connections).where(eq(connections.workspaceId, workspaceId));
  const [w] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  return { c, w };
}

async function auditText(workspaceId: string): Promise<string> {
  const rows = await (await getDb()).select().from(auditLog).where(eq(auditLog.workspaceId, workspaceId));
  return JSON.stringify(rows);
}

describe("associateOn24Token", () => {
  it("verifies against the sandbox and stores the token encrypted, with a masked hint", async () => {
    const db = await getDb();
    const actor = await newActor(db, "assoc");
    const outcome = await associateOn24Token(db, actor, sandboxOn24Input("eu"));
    expect(outcome).toEqual({ clientName: "Sandbox Marketing (ON24 simulator)", needsRevalidation: false });
    const { c, w } = await rowOf(actor.workspaceId);
    expect(w).toMatchObject({ on24ClientId: "48213", on24Region: "eu" });
    expect(c.on24TokenKeyEnc).not.toContain(SANDBOX_ON24_TOKEN_KEY);
    expect(decryptSecret(c.on24TokenKeyEnc!)).toBe(SANDBOX_ON24_TOKEN_KEY);
    expect(decryptSecret(c.on24TokenSecretEnc!)).toBe(SANDBOX_ON24_TOKEN_SECRET);
    expect(c.on24TokenHint).toBe("••••-key");
    expect(c.on24VerifiedAt).toBeInstanceOf(Date);
    const audit = await auditText(actor.workspaceId);
    expect(audit).toContain("connection.on24_associated");
    for (const secret of SANDBOX_SECRETS) expect(audit).not.toContain(secret);
  });

  it("refuses a wrong secret and stores nothing", async () => {
    const db = await getDb();
    const actor = await newActor(db, "wrong");
    const attempt = associateOn24Token(db, actor, { ...sandboxOn24Input(), tokenSecret: "not-the-secret" });
    await expect(attempt).rejects.toThrow(ActionError);
    await expect(attempt).rejects.toThrow(/ON24 did not accept this token/);
    expect((await rowOf(actor.workspaceId)).c).toBeUndefined();
  });

  it("keeps the stored key and secret when the fields are left empty", async () => {
    const db = await getDb();
    const actor = await newActor(db, "keep");
    await associateOn24Token(db, actor, sandboxOn24Input());
    await associateOn24Token(db, actor, { ...sandboxOn24Input(), tokenKey: "", tokenSecret: "" });
    const { c } = await rowOf(actor.workspaceId);
    expect(decryptSecret(c.on24TokenSecretEnc!)).toBe(SANDBOX_ON24_TOKEN_SECRET);
    expect(await auditText(actor.workspaceId)).toContain('"accessTokenSecret":"unchanged"');
  });

  it("asks for the token when nothing is stored", async () => {
    const db = await getDb();
    const actor = await newActor(db, "empty");
    const error = await associateOn24Token(db, actor, { ...sandboxOn24Input(), tokenKey: "", tokenSecret: " " }).catch((e) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect(Object.keys(error.fieldErrors)).toEqual(["on24TokenKey", "on24TokenSecret"]);
  });

  it("refuses a base URL that is not a local test endpoint, and a client id that is not a number", async () => {
    const db = await getDb();
    const actor = await newActor(db, "urls");
    const remote = await associateOn24Token(db, actor, { ...sandboxOn24Input(), baseUrl: "https://evil.example.com/v2" }).catch((e) => e);
    expect(remote.fieldErrors.on24BaseUrl[0]).toMatch(/local test endpoint/);
    const letters = await associateOn24Token(db, actor, { ...sandboxOn24Input(), clientId: "abc" }).catch((e) => e);
    expect(letters.fieldErrors.on24ClientId[0]).toMatch(/must be a number/);
  });

  it("ignores the base URL where test endpoints are not allowed (the region decides)", async () => {
    const db = await getDb();
    const actor = await newActor(db, "prod");
    const hosts: string[] = [];
    const fetch = (async (input: RequestInfo | URL) => {
      hosts.push(new URL(String(input)).host);
      return new Response("{}", { status: 401 });
    }) as typeof globalThis.fetch;
    await associateOn24Token(db, actor, sandboxOn24Input(), { allowTestEndpoints: false, hooks: { fetch } }).catch(() => undefined);
    expect(hosts).toEqual(["api.on24.com"]);
  });
});

describe("disassociateOn24Token", () => {
  it("removes the token and stops syncing", async () => {
    const db = await getDb();
    const actor = await newActor(db, "dis");
    await associateOn24Token(db, actor, sandboxOn24Input());
    await db.update(workspaces).set({ syncEnabled: true }).where(eq(workspaces.id, actor.workspaceId));
    await disassociateOn24Token(db, actor);
    const { c, w } = await rowOf(actor.workspaceId);
    expect(c).toMatchObject({ on24TokenKeyEnc: null, on24TokenSecretEnc: null, on24TokenHint: null, on24VerifiedAt: null });
    expect(w.syncEnabled).toBe(false);
    expect(await auditText(actor.workspaceId)).toContain("connection.on24_disassociated");
  });
});
