import { afterEach, describe, expect, it, vi } from "vitest";
import { createOn24Client } from "@/lib/on24/client";
import {
  SANDBOX_ON24_CLIENT_ID,
  SANDBOX_ON24_TOKEN_KEY,
  SANDBOX_ON24_TOKEN_SECRET,
  sandboxOn24BaseUrl,
} from "@/lib/sandbox/on24/constants";
import { getSharedOn24Sandbox } from "@/lib/sandbox/on24/shared";
import { GET } from "./route";

const BASE = sandboxOn24BaseUrl("http://localhost:3000");
const headers = { accessTokenKey: SANDBOX_ON24_TOKEN_KEY, accessTokenSecret: SANDBOX_ON24_TOKEN_SECRET };

afterEach(() => {
  vi.doUnmock("@/lib/env");
  vi.resetModules();
});

describe("GET /api/sandbox/on24/v2/…", () => {
  it("answers as the simulated ON24 account with the sandbox credentials", async () => {
    const res = await GET(new Request(`${BASE}/client/${SANDBOX_ON24_CLIENT_ID}`, { headers }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ clientname: getSharedOn24Sandbox().clientName, subclients: [] });
  });

  it("refuses other credentials the way ON24 does", async () => {
    const res = await GET(
      new Request(`${BASE}/client/${SANDBOX_ON24_CLIENT_ID}/event`, { headers: { ...headers, accessTokenSecret: "x" } }),
    );
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ message: "AccessTokenKey and AccessTokenSecret are wrong or invalid." });
  });

  it("serves the process-wide account, so the client sees what the portal added", async () => {
    const sandbox = getSharedOn24Sandbox();
    const ev = sandbox.model.events.find((e) => e.createdAt <= sandbox.now())!;
    const added = sandbox.addRegistrant(ev.eventId, { email: "route.check@example.com" });
    const client = createOn24Client({
      clientId: SANDBOX_ON24_CLIENT_ID,
      tokenKey: SANDBOX_ON24_TOKEN_KEY,
      tokenSecret: SANDBOX_ON24_TOKEN_SECRET,
      baseUrl: BASE,
      fetch: (input, init) => GET(new Request(input, init)),
    });
    expect((await client.registrantByEmail("ROUTE.CHECK@example.com"))?.eventuserid).toBe(String(added.eventuserid));
    const events = await client.listEvents();
    expect(events.length).toBeGreaterThan(0);
  });

  it("is absent (404) when the sandbox is not enabled", async () => {
    vi.resetModules();
    vi.doMock("@/lib/env", () => ({ sandboxEnabled: false }));
    const { GET: disabledGet } = await import("./route");
    const res = await disabledGet(new Request(`${BASE}/client/${SANDBOX_ON24_CLIENT_ID}`, { headers }));
    expect(res.status).toBe(404);
  });
});
