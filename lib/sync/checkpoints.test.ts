import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Handle } from "@/db";
import { workspaces } from "@/db/schema";
import { CheckpointConflict, readCheckpoint, writeCheckpoint } from "./checkpoints";
import { openMemoryDb } from "./testing/harness";

let handle: Handle;
let workspaceId: string;
beforeAll(async () => {
  handle = await openMemoryDb();
  [{ id: workspaceId }] = await handle.db.insert(workspaces).values({ name: "Checkpoints" }).returning({ id: workspaces.id });
});
afterAll(() => handle.close());

describe("versioned checkpoints", () => {
  it("creates once, then moves only from the version its writer read", async () => {
    const { db } = handle;
    expect(await readCheckpoint(db, workspaceId, "s")).toBeNull();
    expect(await writeCheckpoint(db, workspaceId, "s", { at: 1 }, null)).toBe(1);
    await expect(writeCheckpoint(db, workspaceId, "s", { at: 1 }, null)).rejects.toBeInstanceOf(CheckpointConflict);
    expect(await writeCheckpoint(db, workspaceId, "s", { at: 2 }, 1)).toBe(2);
    // A writer still holding version 1 (it lost its lock meanwhile) is refused and changes nothing.
    await expect(writeCheckpoint(db, workspaceId, "s", { at: 99 }, 1)).rejects.toBeInstanceOf(CheckpointConflict);
    expect(await readCheckpoint(db, workspaceId, "s")).toEqual({ cursor: { at: 2 }, version: 2 });
  });
});
