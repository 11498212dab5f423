import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { connections, workspaces } from "@/db/schema";
import { encryptSecret } from "@/lib/crypto";
import { MarketoError } from "@/lib/marketo/errors";
import { SANDBOX_MARKETO_CLIENT_ID, SANDBOX_MARKETO_CLIENT_SECRET } from "@/lib/sandbox/marketo/constants";
import { SANDBOX_ON24_CLIENT_ID, SANDBOX_ON24_TOKEN_KEY, SANDBOX_ON24_TOKEN_SECRET } from "@/lib/sandbox/on24/constants";
import { ConnectionIncompleteError, buildMarketoClient, createWorkspaceClients, loadConnection, sandboxOrigins } from "./load";
import { checkOn24BaseUrl, resolveOn24BaseUrl } from "./on24-endpoint";

let workspaceId: string;

beforeAll(async () => {
  const db = await getDb();
  const [ws] = await db.insert(workspaces).values({ name: "Load Test", on24ClientId: SANDBOX_ON24_CLIENT_ID, on24Region: "na" }).returning();
  workspaceId = ws.id;
  await db.insert(connections).values({
    workspaceId,
    on24TokenKeyEnc: encryptSecret(SANDBOX_ON24_TOKEN_KEY),
    on24TokenSecretEnc: encryptSecret(SANDBOX_ON24_TOKEN_SECRET),
    on24BaseUrl: "http://localhost:65000/api/sandbox/on24/v2",
    marketoClientId: SANDBOX_MARKETO_CLIENT_ID,
    marketoClientSecretEnc: encryptSecret(SANDBOX_MARKETO_CLIENT_SECRET),
    marketoOrigin: "http://localhost:65000/api/sandbox/marketo",
  });
});

describe("loadConnection", () => {
  it("decrypts the stored secrets and fills option defaults when the options row is missing", async () => {
    const conn = await loadConnection(await getDb(), workspaceId);
    expect(conn).toMatchObject({
      workspaceName: "Load Test",
      connectionStatus: "unknown",
      on24: { clientId: SANDBOX_ON24_CLIENT_ID, region: "na", tokenKey: SANDBOX_ON24_TOKEN_KEY, tokenSecret: SANDBOX_ON24_TOKEN_SECRET },
      marketo: { clientId: SANDBOX_MARKETO_CLIENT_ID, clientSecret: SANDBOX_MARKETO_CLIENT_SECRET },
      options: { createNewPeople: true, on24Registrants: true, notificationsEnabled: false, notificationRecipients: [] },
      objectDescribe: null,
    });
  });

  it("answers null for a workspace that does not exist", async () => {
    expect(await loadConnection(await getDb(), "00000000-0000-0000-0000-000000000000")).toBeNull();
  });
});

describe("createWorkspaceClients", () => {
  it("builds clients that reach both sandboxes in-process, on a port nothing listens on", async () => {
    const conn = (await loadConnection(await getDb(), workspaceId))!;
    const marketoCalls: string[] = [];
    const on24Calls: string[] = [];
    const { marketo, on24 } = createWorkspaceClients(conn, {
      onMarketoCall: (c) => marketoCalls.push(c.operation),
      onOn24Call: (c) => on24Calls.push(c.operationId),
    });
    const describe = await marketo.describeCustomObject("oN24Attendee_c");
    expect(describe.dedupeFields).toEqual(["personid", "eventid", "eventuserid"]);
    expect(await on24.verifyToken()).toMatchObject({ ok: true });
    expect(marketoCalls).toContain("describeCustomObject");
    expect(on24Calls).toEqual(["AnalyticsClientLevel.SubClients"]);
  });

  it("names what is missing", async () => {
    const conn = (await loadConnection(await getDb(), workspaceId))!;
    expect(() => createWorkspaceClients({ ...conn, on24: { ...conn.on24, tokenKey: null } })).toThrow(ConnectionIncompleteError);
    expect(() => createWorkspaceClients({ ...conn, marketo: { ...conn.marketo, origin: null } })).toThrow(/Identity URL/);
  });

  it("refuses a Marketo host that fails the host rule before sending anything", () => {
    let sent = 0;
    const fetch = (async () => {
      sent++;
      return new Response("{}");
    }) as typeof globalThis.fetch;
    expect(() => buildMarketoClient({ origin: "https://evil.example.com", clientId: "x", clientSecret: "y" }, { fetch })).toThrow(MarketoError);
    expect(sent).toBe(0);
  });
});

describe("ON24 endpoint rule", () => {
  it("follows the region unless a loopback override is allowed", () => {
    expect(resolveOn24BaseUrl("na", null)).toBe("https://api.on24.com/v2");
    expect(resolveOn24BaseUrl("eu", null)).toBe("https://api.eu.on24.com/v2");
    const local = "http://localhost:4000/api/sandbox/on24/v2";
    expect(resolveOn24BaseUrl("na", local, { allowTestEndpoints: true })).toBe(local);
    expect(resolveOn24BaseUrl("eu", local, { allowTestEndpoints: false })).toBe("https://api.eu.on24.com/v2");
    // A stored non-loopback override is never honoured, even where test endpoints are allowed.
    expect(resolveOn24BaseUrl("na", "https://evil.example.com/v2", { allowTestEndpoints: true })).toBe("https://api.on24.com/v2");
  });

  it("checks a typed override", () => {
    expect(checkOn24BaseUrl("http://127.0.0.1:8080/v2/", { allowTestEndpoints: true })).toEqual({ ok: true, baseUrl: "http://127.0.0.1:8080/v2" });
    expect(checkOn24BaseUrl("https://evil.example.com/v2", { allowTestEndpoints: true })).toMatchObject({ ok: false, message: /local test endpoint/ });
    expect(checkOn24BaseUrl("http://localhost:1/api", { allowTestEndpoints: true })).toMatchObject({ ok: false, message: /\/v2/ });
    expect(checkOn24BaseUrl("http://localhost:1/v2", { allowTestEndpoints: false })).toMatchObject({ ok: false });
  });

  it("sandboxOrigins point at this deployment's sandbox routes", () => {
    const { marketoOrigin, on24BaseUrl } = sandboxOrigins();
    expect(marketoOrigin).toMatch(/^http:\/\/localhost:\d+\/api\/sandbox\/marketo$/);
    expect(on24BaseUrl).toMatch(/^http:\/\/localhost:\d+\/api\/sandbox\/on24\/v2$/);
  });
});
