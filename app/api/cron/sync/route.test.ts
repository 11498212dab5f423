import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { readLastTick } from "@/lib/scheduler/last-tick";

// The real route module, with CRON_SECRET set (or not) before lib/env.ts validates the environment.
async function loadRoute(secret: string | undefined) {
  vi.resetModules();
  vi.stubEnv("CRON_SECRET", secret ?? "");
  return import("./route");
}

const SECRET = "sync-route-secret-0123456789abcdef";
const URL_ = "http://localhost/api/cron/sync";

// Opening the embedded database (PGlite: migrate and seed) takes a while; once per file, not inside a test.
beforeAll(async () => {
  await getDb();
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("GET /api/cron/sync", () => {
  it("401 without a token, with a wrong one, and with the secret in the query string", async () => {
    const { GET } = await loadRoute(SECRET);
    vi.spyOn(console, "warn").mockImplementation(() => {});
    expect((await GET(new Request(URL_))).status).toBe(401);
    expect((await GET(new Request(URL_, { headers: { authorization: "Bearer wrong-secret-wrong-secret" } }))).status).toBe(401);
    expect((await GET(new Request(`${URL_}?secret=${SECRET}&token=${SECRET}`))).status).toBe(401);
  });

  it("200 with the bearer secret: syncs the due demo workspace and records the tick as the last successful one", async () => {
    const { GET } = await loadRoute(SECRET);
    const before = new Date().toISOString();
    const response = await GET(new Request(URL_, { headers: { authorization: `Bearer ${SECRET}` } }));
    expect(response.status).toBe(200);
    const body = await response.json();
    // The embedded database's demo workspace is connected to the built-in sandbox and due on first start.
    expect(body).toMatchObject({ ok: true, due: 1, fanOut: 0 });
    expect(body.workspaces).toEqual([
      expect.objectContaining({
        busy: false,
        chunks: [expect.objectContaining({ kind: "incremental", processId: expect.any(Number) })],
      }),
    ]);
    const last = await readLastTick(await getDb());
    expect(last).toMatchObject({ trigger: "cron", ran: 1 });
    expect(last!.at >= before).toBe(true);
  }, 120_000);

  it("fails closed (503) when CRON_SECRET is unset, whatever the request carries", async () => {
    const { GET } = await loadRoute(undefined);
    vi.spyOn(console, "error").mockImplementation(() => {});
    for (const headers of [{}, { authorization: "Bearer " }, { authorization: "Bearer undefined" }] as Record<string, string>[]) {
      expect((await GET(new Request(URL_, { headers }))).status).toBe(503);
    }
  });
});
