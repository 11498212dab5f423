import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type Handle } from "@/db";
import { processes, syncCheckpoints } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/postgres";
import { waitFor } from "@/lib/testing/wait-for";
import { expectedFromSandbox, storedRecords } from "./testing/expected";
import { startHarness, type Harness } from "./testing/harness";
import { outcomesOf } from "./testing/outcomes";
import type { IncrementalCursor } from "./types";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** Enough records for several batches; slow Marketo answers leave time to kill the run between them. */
const ACCOUNT = { seed: 31, events: 3, registrantsPerEvent: 400, pastDays: 6, futureDays: 1 };

let testDb: TestDatabase;
let handle: Handle;
let h: Harness;

beforeAll(async () => {
  testDb = await createTestDatabase({ migrate: true });
  handle = await openDb({ url: testDb.url });
  h = await startHarness({ db: handle.db, on24: ACCOUNT, marketo: { latencyMs: 250 } });
});

afterAll(async () => {
  await h?.close();
  await handle?.close();
  await testDb?.drop();
});

/** The real command line entry, as its own process, on the throwaway PostgreSQL database. */
function cli(): { child: ChildProcess; exited: Promise<number | null>; output: () => string } {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/sync.ts", "--workspace", h.workspaceId, "--until-done"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: testDb.url, ALLOW_TEST_ENDPOINTS: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

describe("a sync process killed mid-way", () => {
  it("resumes with nothing lost, nothing duplicated and no person created twice", async () => {
    const first = cli();
    // Kill it (SIGKILL: no chance to clean up) as soon as Marketo holds its first records.
    await waitFor(() => h.instance().customObjectRecords().length > 0 || first.child.exitCode !== null, { timeoutMs: 60_000, what: "a first upsert" });
    first.child.kill("SIGKILL");
    await first.exited;
    expect(first.child.signalCode, first.output()).toBe("SIGKILL");

    const [killed] = await h.db.select().from(processes).where(eq(processes.workspaceId, h.workspaceId));
    expect(killed.status).toBe("running");
    const [checkpoint] = await h.db.select().from(syncCheckpoints).where(eq(syncCheckpoints.stream, "incremental"));
    expect((checkpoint.cursor as IncrementalCursor).active?.processId).toBe(killed.id);

    const second = cli();
    expect(await second.exited, second.output()).toBe(0);
    expect(second.output()).toMatch(new RegExp(`Process ${killed.id} \\(incremental.*: completed`));

    const all = await h.db.select().from(processes).where(eq(processes.workspaceId, h.workspaceId));
    expect(all.map((p) => p.id)).toEqual([killed.id]);
    const window = await h.windowOf(killed.id);
    const expected = await expectedFromSandbox(h, { windows: { registrant: window, attendee: window }, createNewPeople: true, virtualConferenceEnabled: false });
    const stored = storedRecords(h);
    expect([...stored.keys()].sort()).toEqual([...expected.records.keys()].sort());
    for (const [key, values] of expected.records) expect(stored.get(key), key).toEqual(values);
    // No registration twice under different people, nobody created twice.
    const registrations = h.instance().customObjectRecords().map((r) => `${r.values.eventid}|${r.values.eventuserid}`);
    expect(new Set(registrations).size).toBe(registrations.length);
    const emails = [...h.instance().leads.values()].map((l) => l.email!.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
    // Each record's outcome recorded once, across the kill.
    const rows = await outcomesOf(h, killed.id);
    const keys = rows.map((r) => `${(r.detail as { pass: string }).pass}|${r.eventId}|${r.eventUserId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.length).toBe(expected.written);
    const [done] = await h.db.select().from(processes).where(eq(processes.id, killed.id));
    expect(done).toMatchObject({ status: "completed", coMapped: expected.written, recordsDone: expected.read, coFailed: 0, leadsCreated: emails.length });
  });
});
