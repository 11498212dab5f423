import { afterEach, describe, expect, it, vi } from "vitest";

// withCron reads CRON_SECRET from lib/env.ts, which validates process.env once at import: each case sets
// the variable and imports a fresh copy of the modules.
async function loadWithSecret(secret: string | undefined) {
  vi.resetModules();
  vi.stubEnv("CRON_SECRET", secret ?? "");
  return import("./with-cron");
}

const SECRET = "cron-secret-for-tests-0123456789";
const request = (headers: Record<string, string> = {}, query = "") =>
  new Request(`http://app.test/api/cron/x${query}`, { headers });

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("hasValidBearer", () => {
  it("accepts exactly `Bearer <secret>` and nothing else", async () => {
    const { hasValidBearer } = await loadWithSecret(SECRET);
    expect(hasValidBearer(request({ authorization: `Bearer ${SECRET}` }), SECRET)).toBe(true);
    for (const header of [
      `Bearer ${SECRET}x`,
      `Bearer ${SECRET.slice(0, -1)}`,
      `bearer ${SECRET}`,
      SECRET,
      `Basic ${SECRET}`,
      "Bearer ",
      "",
    ]) {
      expect(hasValidBearer(request({ authorization: header }), SECRET), header).toBe(false);
    }
  });
});

describe("withCron", () => {
  it("runs the handler for the right bearer token", async () => {
    const { withCron } = await loadWithSecret(SECRET);
    const handler = vi.fn(async () => Response.json({ ran: true }));
    const response = await withCron(handler)(request({ authorization: `Bearer ${SECRET}` }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ran: true });
    expect(handler).toHaveBeenCalledOnce();
  });

  it("refuses a missing or wrong token, and a token in the query string, without running the handler", async () => {
    const { withCron } = await loadWithSecret(SECRET);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const handler = vi.fn(async () => Response.json({ ran: true }));
    const wrapped = withCron(handler);
    for (const req of [
      request(),
      request({ authorization: "Bearer not-the-secret" }),
      request({}, `?secret=${SECRET}`),
      request({}, `?authorization=Bearer%20${SECRET}`),
    ]) {
      expect((await wrapped(req)).status).toBe(401);
    }
    expect(handler).not.toHaveBeenCalled();
    expect(warn.mock.calls.flat().join(" ")).not.toContain(SECRET);
  });

  it("fails closed when CRON_SECRET is unset: 503, a log line naming the variable, handler never runs", async () => {
    const { withCron } = await loadWithSecret(undefined);
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const handler = vi.fn(async () => Response.json({ ran: true }));
    const response = await withCron(handler)(request({ authorization: "Bearer " }));
    expect(response.status).toBe(503);
    expect(handler).not.toHaveBeenCalled();
    expect(error.mock.calls.flat().join(" ")).toMatch(/CRON_SECRET is not set/);
  });

  it("turns a failing handler into a 500 without its details", async () => {
    const { withCron } = await loadWithSecret(SECRET);
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await withCron(async () => {
      throw new Error("connection to 10.0.0.5 refused");
    })(request({ authorization: `Bearer ${SECRET}` }));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("10.0.0.5");
  });
});
