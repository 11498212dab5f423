import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Handle } from "@/db";
import { processes, syncCheckpoints } from "@/db/schema";
import { queueReplay, replayStream, ReplayRefused, REPLAY_NO_CODE } from "./queue-replay";
import { addOutcomes, addProcess, addWorkspace, openMigratedPglite } from "./test-fixtures";

let handle: Handle;
let ws: string;
let other: string;
let original: number;
let running: number;
let foreign: number;
let ids: number[];
let foreignIds: number[];

beforeAll(async () => {
  handle = await openMigratedPglite();
  ws = await addWorkspace(handle, "Acme", "10710");
  other = await addWorkspace(handle, "Other");
  original = await addProcess(handle, ws, { status: "completed_with_errors", on24ClientId: "10710" });
  running = await addProcess(handle, ws, { status: "running" });
  foreign = await addProcess(handle, other, { status: "completed_with_errors" });
  ids = await addOutcomes(handle, ws, original, [
    { outcome: "failed", code: "1004", email: "a@x.test" },
    { outcome: "failed", code: "1004", email: "b@x.test" },
    { outcome: "failed", code: "1006", email: "c@x.test" },
    { outcome: "failed", code: null, email: "d@x.test" },
    { outcome: "created", email: "e@x.test" },
    { outcome: "skipped", code: "1004", email: "f@x.test" },
  ]);
  foreignIds = await addOutcomes(handle, other, foreign, [{ outcome: "failed", code: "1004" }]);
  await addOutcomes(handle, ws, running, [{ outcome: "failed", code: "1004" }]);
});
afterAll(() => handle.close());

async function checkpointOf(workspaceId: string, processId: number) {
  const [row] = await handle.db
    .select()
    .from(syncCheckpoints)
    .where(and(eq(syncCheckpoints.workspaceId, workspaceId), eq(syncCheckpoints.stream, replayStream(processId))));
  return row?.cursor;
}

describe("queueReplay", () => {
  it("queues the chosen failures as a replay process linked to the original", async () => {
    const result = await queueReplay(handle.db, { workspaceId: ws, originalProcessId: original, outcomeIds: [ids[2], ids[0]], triggeredBy: "user:u1" });
    expect(result.outcomeIds).toEqual([ids[0], ids[2]]);
    const [created] = await handle.db.select().from(processes).where(eq(processes.id, result.processId));
    expect(created).toMatchObject({
      workspaceId: ws,
      kind: "replay",
      status: "queued",
      replayOf: original,
      on24ClientId: "10710",
      recordsEstimate: 2,
      triggeredBy: "user:u1",
    });
    expect(await checkpointOf(ws, result.processId)).toEqual({ outcomeIds: [ids[0], ids[2]] });
  });

  it("leaves out records that did not fail or belong to another workspace or process", async () => {
    const result = await queueReplay(handle.db, {
      workspaceId: ws,
      originalProcessId: original,
      outcomeIds: [ids[1], ids[4], ids[5], foreignIds[0]],
      triggeredBy: "user:u1",
    });
    expect(result.outcomeIds).toEqual([ids[1]]);
  });

  it("queues every failure with one code, or without a code", async () => {
    const byCode = await queueReplay(handle.db, { workspaceId: ws, originalProcessId: original, code: "1004", triggeredBy: "user:u1" });
    expect(byCode.outcomeIds).toEqual([ids[0], ids[1]]); // not the skipped 1004
    const noCode = await queueReplay(handle.db, { workspaceId: ws, originalProcessId: original, code: REPLAY_NO_CODE, triggeredBy: "user:u1" });
    expect(noCode.outcomeIds).toEqual([ids[3]]);
  });

  it("refuses another workspace's process, even with its own ids", async () => {
    await expect(
      queueReplay(handle.db, { workspaceId: ws, originalProcessId: foreign, outcomeIds: foreignIds, triggeredBy: "user:u1" }),
    ).rejects.toThrow(ReplayRefused);
    await expect(queueReplay(handle.db, { workspaceId: other, originalProcessId: original, code: "1004", triggeredBy: "user:u1" })).rejects.toThrow(
      /does not exist in this workspace/,
    );
  });

  it("refuses when nothing would be replayed, a process still running, or an empty selection", async () => {
    const before = await handle.db.select({ id: processes.id }).from(processes);
    await expect(queueReplay(handle.db, { workspaceId: ws, originalProcessId: original, outcomeIds: [ids[4]], triggeredBy: "u" })).rejects.toThrow(
      /nothing to replay/,
    );
    await expect(queueReplay(handle.db, { workspaceId: ws, originalProcessId: original, code: "1013", triggeredBy: "u" })).rejects.toThrow(ReplayRefused);
    await expect(queueReplay(handle.db, { workspaceId: ws, originalProcessId: running, code: "1004", triggeredBy: "u" })).rejects.toThrow(/still running/);
    await expect(queueReplay(handle.db, { workspaceId: ws, originalProcessId: original, outcomeIds: [], triggeredBy: "u" })).rejects.toThrow(
      /Select at least one/,
    );
    // A refusal creates no process.
    expect(await handle.db.select({ id: processes.id }).from(processes)).toHaveLength(before.length);
  });
});
