import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { workspaces } from "@/db/schema";
import { readLastTick } from "@/lib/scheduler/last-tick";
import { addWorkspace, openTestDb, type OpenTestDb } from "@/lib/scheduler/testing/fixtures";
import type { RunWorkspace } from "@/lib/scheduler/types";
import { FANOUT_HEADER } from "./fan-out";
import { createSyncCronHandler } from "./sync-cron";

// The sync handler behind withCron, with the engine replaced by a recorder (the loop and engine have their
// own tests): what a scheduled delivery and a fan-out delivery each do.
let t: OpenTestDb;
beforeAll(async () => {
  t = await openTestDb("pglite");
});
afterAll(async () => {
  await t?.close();
});

function handlerWith(
  overrides: { dispatch?: (n: number) => Promise<unknown>; defer?: (task: () => Promise<void>) => void } = {},
) {
  const ran: string[] = [];
  const runWorkspace: RunWorkspace = async (id) => {
    ran.push(id);
    return { busy: false, processId: null, status: "completed", moreWork: false };
  };
  const dispatch = vi.fn(overrides.dispatch ?? (async () => undefined));
  const deferred: Promise<void>[] = [];
  const defer = vi.fn(overrides.defer ?? ((task: () => Promise<void>) => void deferred.push(task())));
  const beforeTick = vi.fn(async () => undefined);
  const handler = createSyncCronHandler({ db: async () => t.db, runWorkspace, dispatch, defer, budgetMs: 60_000, beforeTick });
  return { handler, ran, dispatch, defer, deferred, beforeTick };
}
const delivery = (headers: Record<string, string> = {}) => new Request("http://localhost/api/cron/sync", { headers });

describe("createSyncCronHandler", () => {
  it("a scheduled delivery ticks, asks for further invocations when more are due than it serves, and answers the summary", async () => {
    await t.db.delete(workspaces);
    for (let i = 0; i < 10; i++) await addWorkspace(t.db, { nextRunAt: new Date(Date.now() - (i + 1) * 1000) });
    const h = handlerWith();
    const response = await h.handler(delivery());
    expect(response.status).toBe(200);
    const body = await response.json();
    // Ten due, eight per invocation: one more invocation.
    expect(h.dispatch).toHaveBeenCalledExactlyOnceWith(1);
    expect(body).toMatchObject({ ok: true, due: 10, fanOut: 1 });
    expect(body.workspaces).toHaveLength(8);
    expect(h.ran).toHaveLength(8);
    expect(h.beforeTick).toHaveBeenCalledOnce();
    expect(h.defer).not.toHaveBeenCalled();
  });

  it("a fan-out delivery answers 202 at once, works after the response, and never fans out again", async () => {
    await t.db.delete(workspaces);
    for (let i = 0; i < 10; i++) await addWorkspace(t.db, { nextRunAt: new Date(Date.now() - (i + 1) * 1000) });
    const later: (() => Promise<void>)[] = [];
    const h = handlerWith({ defer: (task) => void later.push(task) });
    const response = await h.handler(delivery({ [FANOUT_HEADER]: "1" }));
    expect(response.status).toBe(202);
    expect(h.ran).toEqual([]); // nothing ran before the response
    expect(later).toHaveLength(1);
    await later[0]();
    expect(h.ran).toHaveLength(8);
    expect(h.dispatch).not.toHaveBeenCalled();
    expect((await readLastTick(t.db))?.trigger).toBe("fanout");
  });
});
