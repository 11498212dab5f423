import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { associateOn24Token } from "./on24-token";
import { listRecipeEvents } from "./recipe-events";
import { newActor, sandboxOn24Input } from "./test-helpers";

describe("listRecipeEvents", () => {
  it("says when no token is associated", async () => {
    const db = await getDb();
    const actor = await newActor(db, "recipes-none");
    expect(await listRecipeEvents(db, actor.workspaceId)).toEqual({ status: "not-connected" });
  });

  it("lists the sandbox's synced events with their ids, newest first, without Virtual Conference unless enabled", async () => {
    const db = await getDb();
    const actor = await newActor(db, "recipes");
    await associateOn24Token(db, actor, sandboxOn24Input());
    const listed = await listRecipeEvents(db, actor.workspaceId);
    if (listed.status !== "ok") throw new Error(`expected events, got ${JSON.stringify(listed)}`);
    expect(listed.events.length).toBeGreaterThan(0);
    expect(listed.events.every((e) => /^\d+$/.test(e.eventId) && e.title.length > 0)).toBe(true);
    expect(listed.events.map((e) => e.product)).not.toContain("Virtual Conference");
    const starts = listed.events.map((e) => e.start ?? "");
    expect([...starts].sort().reverse()).toEqual(starts);
  });

  it("reports ON24's refusal in words", async () => {
    const db = await getDb();
    const actor = await newActor(db, "recipes-broken");
    await associateOn24Token(db, actor, sandboxOn24Input());
    const fetch = (async () => new Response(JSON.stringify({ code: 401, message: "Unauthorized" }), { status: 401 })) as typeof globalThis.fetch;
    const listed = await listRecipeEvents(db, actor.workspaceId, { fetch });
    expect(listed).toMatchObject({ status: "error", message: expect.any(String) });
  });
});
