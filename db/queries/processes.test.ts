import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Handle } from "@/db";
import { addProcess, addWorkspace, openMigratedPglite } from "@/lib/activity/test-fixtures";
import { asProcessId, dailyProcessTotals, getProcess, listProcesses, listReplaysOf } from "./processes";

let handle: Handle;
let ws: string;
let other: string;
const ids: Record<string, number> = {};
const PAGE = { limit: 25, offset: 0 };

beforeAll(async () => {
  handle = await openMigratedPglite();
  ws = await addWorkspace(handle, "Acme", "10710");
  other = await addWorkspace(handle, "Other", "20001");
  ids.a = await addProcess(handle, ws, { on24ClientId: "10710", createdAt: new Date("2025-03-01T10:00:00Z"), coMapped: 5, coFailed: 1 });
  ids.b = await addProcess(handle, ws, {
    on24ClientId: "10710",
    status: "failed",
    errorCode: "603",
    errorMessage: "Access denied: 100% of calls_refused",
    createdAt: new Date("2025-03-02T10:00:00Z"),
    coMapped: 1,
  });
  ids.c = await addProcess(handle, ws, { kind: "backfill", status: "paused", createdAt: new Date("2025-03-03T23:59:59Z"), coMapped: 50, skipped: 3 });
  ids.d = await addProcess(handle, ws, { kind: "replay", replayOf: ids.a, status: "queued", createdAt: new Date("2025-03-04T00:00:00Z") });
  ids.x = await addProcess(handle, other, { on24ClientId: "20001", status: "failed", createdAt: new Date("2025-03-02T12:00:00Z"), coMapped: 999 });
});
afterAll(() => handle.close());

const list = (query: Parameters<typeof listProcesses>[1] = PAGE, workspace = ws) => listProcesses(workspace, query, handle.db);

describe("listProcesses", () => {
  it("lists only the workspace's own processes, newest first by default", async () => {
    const { rows, total } = await list();
    expect(total).toBe(4);
    expect(rows.map((r) => r.id)).toEqual([ids.d, ids.c, ids.b, ids.a]);
    expect(rows.some((r) => r.id === ids.x)).toBe(false);
  });

  it("filters by status, kind and a date range (to is exclusive)", async () => {
    expect((await list({ ...PAGE, statuses: ["failed", "paused"] })).rows.map((r) => r.id)).toEqual([ids.c, ids.b]);
    expect((await list({ ...PAGE, kinds: ["backfill", "replay"] })).total).toBe(2);
    const range = await list({ ...PAGE, from: new Date("2025-03-02T00:00:00Z"), to: new Date("2025-03-04T00:00:00Z") });
    expect(range.rows.map((r) => r.id)).toEqual([ids.c, ids.b]);
  });

  it("searches by process id, client id and error text, with wildcards taken literally", async () => {
    expect((await list({ ...PAGE, q: String(ids.c) })).rows.map((r) => r.id)).toContain(ids.c);
    expect((await list({ ...PAGE, q: "0710" })).total).toBe(2);
    expect((await list({ ...PAGE, q: "100%" })).rows.map((r) => r.id)).toEqual([ids.b]);
    expect((await list({ ...PAGE, q: "calls_r" })).rows.map((r) => r.id)).toEqual([ids.b]);
    expect((await list({ ...PAGE, q: "%" })).rows.map((r) => r.id)).toEqual([ids.b]);
    // Unescaped, these would match the client id 10710 as wildcards.
    expect((await list({ ...PAGE, q: "10_10" })).total).toBe(0);
    expect((await list({ ...PAGE, q: "1%0" })).total).toBe(0);
    expect((await list({ ...PAGE, q: "20001" })).total).toBe(0); // the other workspace's client
  });

  it("sorts by whitelisted columns with the id as tie-breaker", async () => {
    const byMapped = await list({ ...PAGE, sort: { id: "coMapped", desc: true } });
    expect(byMapped.rows.map((r) => r.id)).toEqual([ids.c, ids.a, ids.b, ids.d]);
    const unknown = await list({ ...PAGE, sort: { id: "password_hash", desc: false } });
    expect(unknown.rows.map((r) => r.id)).toEqual([ids.a, ids.b, ids.c, ids.d]); // falls back to createdAt
    const inherited = await list({ ...PAGE, sort: { id: "toString", desc: true } });
    expect(inherited.rows.map((r) => r.id)).toEqual([ids.d, ids.c, ids.b, ids.a]);
  });

  it("pages with limit and offset while the total stays the full count", async () => {
    const second = await list({ limit: 3, offset: 3 });
    expect(second.total).toBe(4);
    expect(second.rows.map((r) => r.id)).toEqual([ids.a]);
  });
});

describe("getProcess and listReplaysOf", () => {
  it("never returns another workspace's process", async () => {
    expect((await getProcess(ws, ids.a, handle.db))?.id).toBe(ids.a);
    expect(await getProcess(ws, ids.x, handle.db)).toBeNull();
    expect(await getProcess(other, ids.a, handle.db)).toBeNull();
  });

  it("lists the replays made from a process", async () => {
    expect((await listReplaysOf(ws, ids.a, handle.db)).map((r) => r.id)).toEqual([ids.d]);
    expect(await listReplaysOf(other, ids.a, handle.db)).toEqual([]);
  });
});

describe("dailyProcessTotals", () => {
  it("sums each UTC day of the workspace since the start", async () => {
    const totals = await dailyProcessTotals(ws, new Date("2025-03-02T00:00:00Z"), handle.db);
    expect(totals).toEqual([
      { day: "2025-03-02", processes: 1, mapped: 1, failed: 0, warnings: 0, skipped: 0, leadsCreated: 0 },
      { day: "2025-03-03", processes: 1, mapped: 50, failed: 0, warnings: 0, skipped: 3, leadsCreated: 0 },
      { day: "2025-03-04", processes: 1, mapped: 0, failed: 0, warnings: 0, skipped: 0, leadsCreated: 0 },
    ]);
  });
});

describe("asProcessId", () => {
  it("accepts positive whole numbers only", () => {
    expect(asProcessId("12185")).toBe(12185);
    expect(asProcessId("0")).toBeNull();
    expect(asProcessId("12a")).toBeNull();
    expect(asProcessId("1".repeat(20))).toBeNull();
  });
});
