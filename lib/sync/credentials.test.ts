import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { processes, workspaces } from "@/db/schema";
import type { ClientHooks } from "@/lib/connection/load";
import { createMarketoClient } from "@/lib/marketo/client";
import { sandboxClientId } from "@/lib/sandbox/marketo/constants";
import { startHarness, type Harness } from "./testing/harness";

const ACCOUNT = { seed: 9, events: 2, registrantsPerEvent: 30, pastDays: 6, futureDays: 1 };

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function expectBroken(h: Harness, processId: number, code: string, words: RegExp) {
  const [ws] = await h.db.select().from(workspaces).where(eq(workspaces.id, h.workspaceId));
  expect(ws).toMatchObject({ connectionStatus: "broken", syncEnabled: false });
  expect(ws.connectionError).toMatch(words);
  expect(ws.connectionError).toMatch(/saved again/);
  const [process] = await h.db.select().from(processes).where(eq(processes.id, processId));
  expect(process).toMatchObject({ status: "failed", errorCode: code });
  expect(process.finishedAt).not.toBeNull();
  // Syncing stops for the workspace until the connection is saved again: the next run does nothing.
  const onCalls = h.on24.state.callCount;
  const marketoCalls = h.instance().callLog.length;
  expect(await h.run()).toMatchObject({ status: "broken", processId: null, moreWork: false });
  expect(h.on24.state.callCount).toBe(onCalls);
  expect(h.instance().callLog.length).toBe(marketoCalls);
}

describe("credential failures mark the connection broken", () => {
  it("ON24 401 (token deactivated)", async () => {
    h = await startHarness({ on24: ACCOUNT });
    h.on24.state.tokenDeactivated = true;
    const result = await h.run();
    expect(result.status).toBe("failed");
    await expectBroken(h, result.processId!, "on24_auth_failed", /deactivated/);
  });

  it("Marketo rejects the client id and secret", async () => {
    h = await startHarness({ on24: ACCOUNT });
    const wrongSecret = (hooks: ClientHooks) => ({
      ...h!.clients(hooks),
      marketo: createMarketoClient({ origin: h!.marketo.url, clientId: h!.marketoClientId, clientSecret: "not-the-secret", allowTestEndpoints: true, ...hooks }),
    });
    const result = await h.run({ clients: wrongSecret });
    expect(result.status).toBe("failed");
    await expectBroken(h, result.processId!, "marketo_auth_failed", /Client ID or Client Secret/);
  });

  it("Marketo 603: the API role lost a permission after the connection was saved", async () => {
    h = await startHarness({ on24: ACCOUNT, marketoClientId: sandboxClientId("access-denied"), savedDescribeOf: "realistic" });
    // The lead calls still work; the custom-object upsert is refused with 603.
    const result = await h.run();
    expect(result.status).toBe("failed");
    await expectBroken(h, result.processId!, "603", /Read-Write Custom Object/);
  });
});
