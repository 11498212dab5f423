import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Handle } from "@/db";
import { connections, workspaces } from "@/db/schema";
import { eq } from "drizzle-orm";
import { addOutcomes, addProcess, addWorkspace, openMigratedPglite } from "@/lib/activity/test-fixtures";
import { getSupportProcess, listConnectionHealth, searchSupportProcesses, searchSupportRecords } from "./support";

let handle: Handle;
let acme: string;
let globex: string;
let pA: number;
let pB: number;
let pC: number;
const PAGE = { limit: 25, offset: 0 };

beforeAll(async () => {
  handle = await openMigratedPglite();
  acme = await addWorkspace(handle, "Acme", "10710");
  globex = await addWorkspace(handle, "Globex", "20001");
  pA = await addProcess(handle, acme, { on24ClientId: "10710", status: "completed", createdAt: new Date("2025-03-01T00:00:00Z") });
  pB = await addProcess(handle, acme, { on24ClientId: "10710", status: "failed", errorCode: "603", createdAt: new Date("2025-03-02T00:00:00Z") });
  pC = await addProcess(handle, globex, { on24ClientId: "20001", status: "paused", errorCode: "607", createdAt: new Date("2025-03-03T00:00:00Z") });
  await addOutcomes(handle, acme, pA, [
    { outcome: "failed", email: "ada@example.com", eventId: "100", eventUserId: "9001", code: "1004" },
    { outcome: "created", email: "bob@example.com", eventId: "100", eventUserId: "9002" },
  ]);
  await addOutcomes(handle, globex, pC, [
    { outcome: "skipped", email: "ada@example.com", eventId: "300", eventUserId: "7001", code: "person_not_found" },
    { outcome: "failed", email: "zed@example.com", eventId: "300", eventUserId: "7002", code: "1004" },
  ]);
  await handle.db.update(workspaces).set({ connectionStatus: "broken", connectionError: "Marketo refused the client secret" }).where(eq(workspaces.id, globex));
  await handle.db.insert(connections).values({
    workspaceId: acme,
    marketoOrigin: "https://123-ABC-456.mktorest.com",
    marketoClientSecretEnc: "k1:SECRET-CIPHERTEXT",
    on24TokenSecretEnc: "k1:ON24-SECRET",
  });
});
afterAll(() => handle.close());

describe("searchSupportRecords", () => {
  const search = (q: string, field: Parameters<typeof searchSupportRecords>[0]["field"] = "all", extra = {}) =>
    searchSupportRecords({ q, field, ...PAGE, ...extra }, handle.db);

  it("finds a person in every workspace, naming the workspace", async () => {
    const { rows, total } = await search("ADA@example.com");
    expect(total).toBe(2);
    expect(rows.map((r) => r.workspaceName).sort()).toEqual(["Acme", "Globex"]);
    expect(rows.find((r) => r.workspaceName === "Globex")).toMatchObject({ processId: pC, processStatus: "paused", code: "person_not_found" });
  });

  it("searches one field when asked to", async () => {
    expect((await search("9001", "event_user_id")).total).toBe(1);
    expect((await search("9001", "event_id")).total).toBe(0);
    expect((await search("300", "event_id")).total).toBe(2);
    expect((await search("1004", "code")).rows.map((r) => r.email).sort()).toEqual(["ada@example.com", "zed@example.com"]);
    expect((await search("1004", "email")).total).toBe(0);
    expect((await search("ada", "process_id")).total).toBe(0);
  });

  it("filters by outcome, and lists nothing without a search", async () => {
    expect((await search("ada", "email", { outcomes: ["failed"] })).rows.map((r) => r.workspaceName)).toEqual(["Acme"]);
    expect(await search("")).toEqual({ rows: [], total: 0, capped: false });
  });
});

describe("searchSupportProcesses", () => {
  const search = (q: string, field: Parameters<typeof searchSupportProcesses>[0]["field"] = "all", extra = {}) =>
    searchSupportProcesses({ q, field, ...PAGE, ...extra }, handle.db);

  it("finds a process by id, ON24 client id or error code across workspaces", async () => {
    expect((await search(String(pC))).rows.map((r) => [r.id, r.workspaceName])).toEqual([[pC, "Globex"]]);
    expect((await search("10710", "client_id")).rows.map((r) => r.id)).toEqual([pB, pA]);
    expect((await search("607", "code")).rows.map((r) => r.id)).toEqual([pC]);
    expect((await search(String(pA), "client_id")).total).toBe(0);
  });

  it("lists every workspace's processes by status when there is no search text", async () => {
    expect((await search("", "all", { statuses: ["failed", "paused"] })).rows.map((r) => r.id)).toEqual([pC, pB]);
    expect((await search("")).total).toBe(3);
  });
});

describe("getSupportProcess", () => {
  it("opens any workspace's process with its workspace name", async () => {
    expect(await getSupportProcess(pC, handle.db)).toMatchObject({ id: pC, workspaceId: globex, workspaceName: "Globex", virtualConferenceEnabled: false });
    expect(await getSupportProcess(999_999, handle.db)).toBeNull();
  });
});

describe("listConnectionHealth", () => {
  it("shows each workspace's state and latest run, broken ones first, and no secret", async () => {
    const { rows, total } = await listConnectionHealth(PAGE, handle.db);
    expect(total).toBe(2);
    expect(rows[0]).toMatchObject({
      name: "Globex",
      connectionStatus: "broken",
      connectionError: "Marketo refused the client secret",
      lastProcessId: pC,
      lastProcessStatus: "paused",
    });
    expect(rows[1]).toMatchObject({ name: "Acme", marketoHost: "https://123-ABC-456.mktorest.com", lastProcessId: pB });
    expect(JSON.stringify(rows)).not.toMatch(/SECRET-CIPHERTEXT|ON24-SECRET/);
  });

  it("filters by workspace name or ON24 client id", async () => {
    expect((await listConnectionHealth({ ...PAGE, q: "glob" }, handle.db)).rows.map((r) => r.name)).toEqual(["Globex"]);
    expect((await listConnectionHealth({ ...PAGE, q: "10710" }, handle.db)).rows.map((r) => r.name)).toEqual(["Acme"]);
  });
});
