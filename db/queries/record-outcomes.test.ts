import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Handle } from "@/db";
import { addOutcomes, addProcess, addWorkspace, openMigratedPglite } from "@/lib/activity/test-fixtures";
import {
  COUNT_CAP,
  countProcessOutcomes,
  findPersonRecords,
  iterateFailedOutcomes,
  listProcessCodes,
  listProcessOutcomes,
  NO_CODE,
} from "./record-outcomes";

let handle: Handle;
let ws: string;
let other: string;
let p1: number;
let p2: number;
let foreign: number;
let ids: number[];
const PAGE = { limit: 25, offset: 0 };

beforeAll(async () => {
  handle = await openMigratedPglite();
  ws = await addWorkspace(handle, "Acme");
  other = await addWorkspace(handle, "Other");
  p1 = await addProcess(handle, ws, { createdAt: new Date("2025-03-01T00:00:00Z") });
  p2 = await addProcess(handle, ws, { kind: "backfill", createdAt: new Date("2025-03-02T00:00:00Z") });
  foreign = await addProcess(handle, other);
  ids = await addOutcomes(handle, ws, p1, [
    { outcome: "created", email: "ada@example.com", eventId: "100", eventUserId: "9001", leadId: "1" },
    { outcome: "failed", email: "bob_x@example.com", eventId: "100", eventUserId: "9002", code: "1004", message: "Lead not found" },
    { outcome: "failed", email: "bobby@example.com", eventId: "100", eventUserId: "9003", code: "1006", message: "Field not found" },
    { outcome: "failed", email: "carol@example.com", eventId: "100", eventUserId: "9004", code: null, message: "No reason" },
    { outcome: "skipped", email: "dan@example.com", eventId: "100", eventUserId: "9005", code: "person_not_found" },
    { outcome: "warning", email: "eve@example.com", eventId: "100", eventUserId: "9006", code: "truncated" },
  ]);
  await addOutcomes(handle, ws, p2, [
    { outcome: "updated", email: "ada@example.com", eventId: "200", eventUserId: "9101", createdAt: new Date("2030-01-01T00:00:00Z") },
  ]);
  await addOutcomes(handle, other, foreign, [
    { outcome: "failed", email: "ada@example.com", eventId: "100", eventUserId: "9001", code: "1004" },
  ]);
});
afterAll(() => handle.close());

describe("listProcessOutcomes", () => {
  const list = (query: Partial<Parameters<typeof listProcessOutcomes>[2]> = {}, process = p1, workspace = ws) =>
    listProcessOutcomes(workspace, process, { ...PAGE, ...query }, handle.db);

  it("lists a process's records in the order they were handled", async () => {
    const { rows, total } = await list();
    expect(total).toBe(6);
    expect(rows.map((r) => r.id)).toEqual(ids);
  });

  it("never lists a process of another workspace", async () => {
    expect((await list({}, foreign)).total).toBe(0);
    expect((await list({}, p1, other)).total).toBe(0);
  });

  it("filters by outcome and code, including failures without a code", async () => {
    expect((await list({ outcomes: ["failed"] })).total).toBe(3);
    expect((await list({ outcomes: ["failed"], codes: ["1004"] })).rows.map((r) => r.id)).toEqual([ids[1]]);
    expect((await list({ codes: [NO_CODE] })).rows.map((r) => r.id)).toEqual([ids[0], ids[3]]);
    expect((await list({ codes: ["1006", NO_CODE], outcomes: ["failed"] })).rows.map((r) => r.id)).toEqual([ids[2], ids[3]]);
  });

  it("searches email text and ids, with LIKE wildcards taken literally", async () => {
    expect((await list({ q: "BOB" })).total).toBe(2);
    expect((await list({ q: "b_x" })).rows.map((r) => r.id)).toEqual([ids[1]]);
    expect((await list({ q: "o_b" })).total).toBe(0); // "_" would match "bob" as a wildcard
    expect((await list({ q: "9005" })).rows.map((r) => r.id)).toEqual([ids[4]]);
  });

  it("sorts by whitelisted columns and pages", async () => {
    const byEmail = await list({ sort: { id: "email", desc: true }, limit: 2 });
    expect(byEmail.rows.map((r) => r.email)).toEqual(["eve@example.com", "dan@example.com"]);
    expect(byEmail.total).toBe(6);
    const inherited = await list({ sort: { id: "constructor", desc: false }, limit: 2 });
    expect(inherited.rows.map((r) => r.id)).toEqual([ids[0], ids[1]]);
    const last = await list({ limit: 4, offset: 4 });
    expect(last.rows.map((r) => r.id)).toEqual([ids[4], ids[5]]);
  });
});

describe("counts and codes of a process", () => {
  it("counts every outcome, zero included", async () => {
    expect(await countProcessOutcomes(ws, p1, handle.db)).toEqual({ created: 1, updated: 0, skipped: 1, failed: 3, warning: 1 });
    expect(await countProcessOutcomes(other, p1, handle.db)).toEqual({ created: 0, updated: 0, skipped: 0, failed: 0, warning: 0 });
  });

  it("lists the codes of failures, most frequent first", async () => {
    const codes = await listProcessCodes(ws, p1, { outcome: "failed" }, handle.db);
    expect(codes).toEqual([
      { code: "1004", total: 1 },
      { code: "1006", total: 1 },
      { code: NO_CODE, total: 1 },
    ]);
  });
});

describe("findPersonRecords", () => {
  const find = (q: string, workspace = ws) => findPersonRecords(workspace, { q, ...PAGE }, handle.db);

  it("finds a person's records across the workspace's processes, newest first, with their process", async () => {
    const { rows, total, capped } = await find("Ada@Example.com");
    expect(total).toBe(2);
    expect(capped).toBe(false);
    expect(rows.map((r) => [r.processId, r.processKind, r.outcome])).toEqual([
      [p2, "backfill", "updated"],
      [p1, "incremental", "created"],
    ]);
  });

  it("matches a whole email exactly, part of one by its start, and eventuserid or event id exactly", async () => {
    expect((await find("bob")).total).toBe(2);
    expect((await find("bobby@exam")).total).toBe(1);
    expect((await find("bobby@example.co")).total).toBe(0); // a whole address matches only itself
    expect((await find("bob_x@example.com")).rows.map((r) => r.id)).toEqual([ids[1]]);
    expect((await find("ob")).total).toBe(0);
    expect((await find("bo")).total).toBe(0); // too short to be anyone in particular
    expect((await find("bob_")).total).toBe(1);
    expect((await find("9003")).rows.map((r) => r.email)).toEqual(["bobby@example.com"]);
    expect((await find("900")).total).toBe(0);
    expect((await find("100")).total).toBe(6);
    expect((await find("example.com")).total).toBe(0);
  });

  it("never finds another workspace's records", async () => {
    const mine = await find("ada@example.com", other);
    expect(mine.total).toBe(1);
    expect(mine.rows[0].outcome).toBe("failed");
    expect((await find("9101", other)).total).toBe(0);
  });

  it("returns nothing for an empty search", async () => {
    expect(await find("  ")).toEqual({ rows: [], total: 0, capped: false });
  });
});

describe("iterateFailedOutcomes", () => {
  it("yields every failure of the process and nothing else", async () => {
    const seen: number[] = [];
    for await (const chunk of iterateFailedOutcomes(ws, p1, handle.db)) seen.push(...chunk.map((r) => r.id));
    expect(seen).toEqual([ids[1], ids[2], ids[3]]);
    const none: number[] = [];
    for await (const chunk of iterateFailedOutcomes(other, p1, handle.db)) none.push(...chunk.map((r) => r.id));
    expect(none).toEqual([]);
  });
});

describe("large results", () => {
  let big: number;
  let bigWs: string;

  beforeAll(async () => {
    bigWs = await addWorkspace(handle, "Big");
    big = await addProcess(handle, bigWs);
    // 10,005 failures at one event: more than the count cap and several export chunks.
    await handle.db.execute(
      sql`insert into record_outcomes (process_id, workspace_id, event_id, event_user_id, email, outcome, code)
          select ${big}, ${bigWs}, '777', g::text, 'p' || g || '@big.test', 'failed', '1004' from generate_series(1, 10005) g`,
    );
  });

  it("stops counting a broad person search at the cap and says so", async () => {
    const result = await findPersonRecords(bigWs, { q: "777", limit: 10, offset: 0 }, handle.db);
    expect(result).toMatchObject({ total: COUNT_CAP, capped: true });
    expect(result.rows).toHaveLength(10);
  });

  it("exports every failure across chunks, each once", async () => {
    const seen: number[] = [];
    for await (const chunk of iterateFailedOutcomes(bigWs, big, handle.db)) seen.push(...chunk.map((r) => r.id));
    expect(seen).toHaveLength(10005);
    expect(new Set(seen).size).toBe(10005);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
