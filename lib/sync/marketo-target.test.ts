import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { backfillJobs, connections } from "@/db/schema";
import type { ClientHooks } from "@/lib/connection/load";
import { createMarketoClient } from "@/lib/marketo/client";
import { SANDBOX_MARKETO_CLIENT_ID, SANDBOX_MARKETO_CLIENT_SECRET } from "@/lib/sandbox/marketo/constants";
import { startMarketoSandboxServer, type MarketoSandboxServer } from "@/lib/sandbox/marketo/server";
import { startHarness, type Harness } from "./testing/harness";

let h: Harness | undefined;
let other: MarketoSandboxServer | undefined;
afterEach(async () => {
  await h?.close();
  await other?.close();
  h = other = undefined;
});

describe("moving a workspace to another Marketo instance", () => {
  it("writes everything again there: fingerprints and lead ids of the old instance do not apply", async () => {
    h = await startHarness({ on24: { seed: 23, events: 2, registrantsPerEvent: 60, pastDays: 6, futureDays: 1 } });
    const first = await h.run();
    const window = await h.windowOf(first.processId!);
    // Seed the new instance with leads whose ids collide with the old instance's, for other people.
    other = await startMarketoSandboxServer();
    for (const lead of h.instance().leads.values()) other.state.instance().addLead({ id: lead.id, email: `someone.else.${lead.id}@other.example` }, Date.now());
    await h.db.update(connections).set({ marketoOrigin: other.url, validatedAt: new Date() }).where(eq(connections.workspaceId, h.workspaceId));
    const clients = (hooks: ClientHooks) => ({
      ...h!.clients(hooks),
      marketo: createMarketoClient({
        origin: other!.url,
        clientId: SANDBOX_MARKETO_CLIENT_ID,
        clientSecret: SANDBOX_MARKETO_CLIENT_SECRET,
        allowTestEndpoints: true,
        deadline: hooks.deadline,
        onCall: hooks.onMarketoCall,
      }),
    });
    const [job] = await h.db.insert(backfillJobs).values({ workspaceId: h.workspaceId, ...window }).returning();
    const moved = await h.run({ kind: "backfill", backfillJobId: job.id, clients });
    expect(moved.counts.coMapped).toBe(first.counts.coMapped);
    const records = other.state.instance().customObjectRecords();
    expect(records).toHaveLength(h.instance().customObjectRecords().length);
    // Every record points at the person with its email in the new instance, never at an old id's stranger.
    const leads = other.state.instance().leads;
    for (const record of records) expect(leads.get(Number(record.values.personid))!.email!.toLowerCase()).toBe(String(record.values.email).toLowerCase());
    // The lead describe was read again from the new instance.
    expect(other.state.instance().callLog.filter((c) => c.operation === "describeLeads")).toHaveLength(1);
  });
});
