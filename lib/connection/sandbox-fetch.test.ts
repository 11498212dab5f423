import { describe, expect, it } from "vitest";
import { SANDBOX_MARKETO_CLIENT_ID, SANDBOX_MARKETO_CLIENT_SECRET } from "@/lib/sandbox/marketo/constants";
import { SANDBOX_ON24_CLIENT_ID, SANDBOX_ON24_TOKEN_KEY, SANDBOX_ON24_TOKEN_SECRET } from "@/lib/sandbox/on24/constants";
import { createSandboxFetch, sandboxTarget } from "./sandbox-fetch";

/** Records what reached the "network"; nothing in this file may open a socket. */
function recordingFallback() {
  const urls: string[] = [];
  const fallback = (async (input: RequestInfo | URL) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return new Response("from the network", { status: 299 });
  }) as typeof fetch;
  return { urls, fallback };
}

const tokenQuery = `grant_type=client_credentials&client_id=${SANDBOX_MARKETO_CLIENT_ID}&client_secret=${SANDBOX_MARKETO_CLIENT_SECRET}`;
const on24Headers = { accessTokenKey: SANDBOX_ON24_TOKEN_KEY, accessTokenSecret: SANDBOX_ON24_TOKEN_SECRET };

describe("sandboxTarget", () => {
  it.each([
    ["http://localhost:3000/api/sandbox/marketo/identity/oauth/token", "marketo"],
    ["http://127.0.0.1:1/api/sandbox/on24/v2/client/1", "on24"],
    ["http://[::1]:4000/api/sandbox/marketo/rest/v1/leads.json", "marketo"],
    ["https://localhost/api/sandbox/on24/v2/client/1", "on24"],
  ])("%s → %s", (url, target) => expect(sandboxTarget(new URL(url))).toBe(target));

  it.each([
    "https://123-ABC-456.mktorest.com/api/sandbox/marketo/identity/oauth/token",
    "http://evil.example.com/api/sandbox/on24/v2/client/1",
    "http://localhost:3000/api/sandboxes/marketo/identity",
    "http://localhost:3000/login",
    "http://127.0.0.2/api/sandbox/marketo/identity/oauth/token",
  ])("%s is not a sandbox URL", (url) => expect(sandboxTarget(new URL(url))).toBeNull());
});

describe("createSandboxFetch", () => {
  it("answers the Marketo sandbox in-process whatever the port (nothing listens on port 1)", async () => {
    const { urls, fallback } = recordingFallback();
    const f = createSandboxFetch({ enabled: true, fallback });
    const response = await f(`http://localhost:1/api/sandbox/marketo/identity/oauth/token?${tokenQuery}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { access_token?: string; token_type?: string };
    expect(body.access_token).toBeTruthy();
    expect(urls).toEqual([]);
  });

  it("answers the ON24 sandbox in-process, including its authentication", async () => {
    const { urls, fallback } = recordingFallback();
    const f = createSandboxFetch({ enabled: true, fallback });
    const ok = await f(new URL(`http://127.0.0.1:9/api/sandbox/on24/v2/client/${SANDBOX_ON24_CLIENT_ID}`), { headers: on24Headers });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ clientname: "Sandbox Marketing (ON24 simulator)" });
    const wrong = await f(`http://127.0.0.1:9/api/sandbox/on24/v2/client/${SANDBOX_ON24_CLIENT_ID}`, {
      headers: { accessTokenKey: "nope", accessTokenSecret: "nope" },
    });
    expect(wrong.status).toBe(401);
    expect(urls).toEqual([]);
  });

  it("accepts a Request object", async () => {
    const f = createSandboxFetch({ enabled: true, fallback: recordingFallback().fallback });
    const response = await f(new Request(`http://localhost:5/api/sandbox/marketo/identity/oauth/token?${tokenQuery}`));
    expect(response.status).toBe(200);
  });

  it("sends everything else to the real fetch", async () => {
    const { urls, fallback } = recordingFallback();
    const f = createSandboxFetch({ enabled: true, fallback });
    await f("https://123-ABC-456.mktorest.com/identity/oauth/token");
    await f("http://localhost:3000/api/health");
    await f("https://sandbox.example.com/api/sandbox/marketo/identity/oauth/token");
    expect(urls).toEqual([
      "https://123-ABC-456.mktorest.com/identity/oauth/token",
      "http://localhost:3000/api/health",
      "https://sandbox.example.com/api/sandbox/marketo/identity/oauth/token",
    ]);
  });

  it("with the sandbox off, even a sandbox URL goes to the real fetch", async () => {
    const { urls, fallback } = recordingFallback();
    const f = createSandboxFetch({ enabled: false, fallback });
    const response = await f(`http://localhost:1/api/sandbox/marketo/identity/oauth/token?${tokenQuery}`);
    expect(response.status).toBe(299);
    expect(urls).toHaveLength(1);
  });

  it("refuses an already aborted request without calling the simulator", async () => {
    const f = createSandboxFetch({ enabled: true, fallback: recordingFallback().fallback });
    await expect(
      f(`http://localhost:1/api/sandbox/marketo/identity/oauth/token?${tokenQuery}`, { signal: AbortSignal.abort() }),
    ).rejects.toThrow();
  });
});
