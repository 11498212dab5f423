import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { dispatchFanOut, FANOUT_HEADER } from "./fan-out";

// A real local HTTP server standing in for further invocations of the route: it records each request.
const seen: { path: string; authorization?: string; fanout?: string }[] = [];
let status = 202;
const server = createServer((req, res) => {
  seen.push({
    path: req.url ?? "",
    authorization: req.headers.authorization,
    fanout: req.headers[FANOUT_HEADER] as string | undefined,
  });
  res.writeHead(status, { "content-type": "application/json" }).end('{"accepted":true}');
});
let url = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/cron/sync`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("dispatchFanOut", () => {
  it("sends `count` authenticated, marked requests to the route and reports how many were acknowledged", async () => {
    seen.length = 0;
    status = 202;
    expect(await dispatchFanOut(3, { url, secret: "s3cret-s3cret-s3cret" })).toBe(3);
    expect(seen).toEqual(Array(3).fill({ path: "/api/cron/sync", authorization: "Bearer s3cret-s3cret-s3cret", fanout: "1" }));
  });

  it("logs refused or unreachable dispatches (without the secret) and carries on", async () => {
    status = 401;
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await dispatchFanOut(2, { url, secret: "s3cret-s3cret-s3cret" })).toBe(0);
    expect(await dispatchFanOut(1, { url: "http://127.0.0.1:1/api/cron/sync", secret: "s3cret-s3cret-s3cret" })).toBe(0);
    const logged = error.mock.calls.flat().join(" ");
    expect(logged).toMatch(/fan-out to \/api\/cron\/sync failed: Error: HTTP 401/);
    expect(logged).not.toContain("s3cret");
    error.mockRestore();
  });
});
