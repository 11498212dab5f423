import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { processes, recordOutcomes, workspaces } from "@/db/schema";

async function loadRoute(secret: string | undefined) {
  vi.resetModules();
  vi.stubEnv("CRON_SECRET", secret ?? "");
  return import("./route");
}

const SECRET = "maintenance-route-secret-0123456789";
const URL_ = "http://localhost/api/cron/maintenance";
const DAY = 86_400_000;

// Opening the embedded database (PGlite: migrate and seed) takes a while; once per file, not inside a test.
beforeAll(async () => {
  await getDb();
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("GET /api/cron/maintenance", () => {
  it("401 without a token, with a wrong one, and with the secret in the query string", async () => {
    const { GET } = await loadRoute(SECRET);
    vi.spyOn(console, "warn").mockImplementation(() => {});
    expect((await GET(new Request(URL_))).status).toBe(401);
    expect((await GET(new Request(URL_, { headers: { authorization: `Bearer ${SECRET}-not` } }))).status).toBe(401);
    expect((await GET(new Request(`${URL_}?secret=${SECRET}`))).status).toBe(401);
  });

  it("200 with the bearer secret: deletes outcomes older than RETENTION_DAYS (90) and reports its findings", async () => {
    const { GET } = await loadRoute(SECRET);
    const db = await getDb();
    const [ws] = await db.insert(workspaces).values({ name: "Retention" }).returning();
    const [p] = await db.insert(processes).values({ workspaceId: ws.id, kind: "incremental", status: "completed" }).returning();
    const at = (days: number) => new Date(Date.now() - days * DAY);
    await db.insert(recordOutcomes).values([
      { processId: p.id, workspaceId: ws.id, outcome: "created", email: "old@x.test", createdAt: at(91) },
      { processId: p.id, workspaceId: ws.id, outcome: "created", email: "recent@x.test", createdAt: at(89) },
    ]);
    const response = await GET(new Request(URL_, { headers: { authorization: `Bearer ${SECRET}` } }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ ok: true, retention: { deleted: 1, complete: true }, staleRuns: [] });
    expect(body.scheduler).toHaveProperty("stalled");
    const left = await db.select({ email: recordOutcomes.email }).from(recordOutcomes).where(eq(recordOutcomes.processId, p.id));
    expect(left).toEqual([{ email: "recent@x.test" }]);
  });

  it("fails closed (503) when CRON_SECRET is unset", async () => {
    const { GET } = await loadRoute(undefined);
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect((await GET(new Request(URL_, { headers: { authorization: "Bearer " } }))).status).toBe(503);
  });
});
