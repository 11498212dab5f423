import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordingFetch } from "./recording-fetch";

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      if (req.url === "/broken") {
        res.writeHead(200, { "content-type": "application/json" }).end("{not json");
        return;
      }
      res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ echo: body, url: req.url }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("recordingFetch", () => {
  it("records the request and the parsed response while the caller can still read the original", async () => {
    const { fetch, calls } = recordingFetch();
    const response = await fetch(`${base}/rest/v1/leads.json?_method=GET`, {
      method: "post",
      headers: { Authorization: "Bearer t", "Content-Type": "application/x-www-form-urlencoded" },
      body: "filterType=email&filterValues=a%40b.test",
    });
    expect(await response.json()).toEqual({ echo: "filterType=email&filterValues=a%40b.test", url: "/rest/v1/leads.json?_method=GET" });
    expect(calls).toHaveLength(1);
    expect(calls[0].request).toEqual({
      method: "POST",
      url: `${base}/rest/v1/leads.json?_method=GET`,
      headers: { authorization: "Bearer t", "content-type": "application/x-www-form-urlencoded" },
      body: "filterType=email&filterValues=a%40b.test",
    });
    expect(calls[0].status).toBe(201);
    expect(calls[0].body).toEqual({ echo: "filterType=email&filterValues=a%40b.test", url: "/rest/v1/leads.json?_method=GET" });
  });

  it("keeps a body that is not JSON as text and omits the body of a GET", async () => {
    const { fetch, calls } = recordingFetch();
    await fetch(new URL(`${base}/broken`));
    expect(calls[0].request.body).toBeUndefined();
    expect(calls[0].body).toBe("{not json");
  });

  it("records a request that got no response with status 0 and rethrows", async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError("fetch failed");
    };
    const { fetch, calls } = recordingFetch(failing);
    await expect(fetch(`${base}/x`, { headers: { accessTokenKey: "k" } })).rejects.toThrow("fetch failed");
    expect(calls).toEqual([{ request: { method: "GET", url: `${base}/x`, headers: { accesstokenkey: "k" } }, status: 0, body: undefined }]);
  });
});
