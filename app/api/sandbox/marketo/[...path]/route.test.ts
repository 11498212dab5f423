import { afterEach, describe, expect, it, vi } from "vitest";
import { createMarketoClient } from "@/lib/marketo/client";
import { createMarketoLimiter } from "@/lib/marketo/limiter";
import { normalizeMarketoUrl } from "@/lib/marketo/identity-url";
import { createTokenCache } from "@/lib/marketo/token";
import { SANDBOX_CUSTOM_OBJECT, SANDBOX_MARKETO_CLIENT_SECRET, sandboxClientId } from "@/lib/sandbox/marketo/constants";
import { GET, POST } from "./route";

/** Hands the client's requests straight to the route handlers, as Next would. */
const viaRoute: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  return request.method === "POST" ? POST(request) : GET(request);
};

afterEach(() => {
  vi.doUnmock("@/lib/env");
  vi.resetModules();
});

describe("/api/sandbox/marketo/[...path]", () => {
  it("serves the simulated Marketo to the real client, from the Identity URL a marketer would paste", async () => {
    const normalized = normalizeMarketoUrl("http://localhost:3000/api/sandbox/marketo/identity/");
    if (!("origin" in normalized)) throw new Error(normalized.error);
    const client = createMarketoClient({
      origin: normalized.origin,
      clientId: sandboxClientId("valid-na-integer"),
      clientSecret: SANDBOX_MARKETO_CLIENT_SECRET,
      fetch: viaRoute,
      limiter: createMarketoLimiter({}),
      tokenCache: createTokenCache(),
      allowTestEndpoints: true,
    });
    const described = await client.describeCustomObject(SANDBOX_CUSTOM_OBJECT);
    expect(described.fields.find((f) => f.name === "eventid")?.dataType).toBe("integer");
    const [lookup] = await client.lookupLeadsByEmail(["EXISTING.PERSON@example.com"]);
    expect(lookup.leads).toHaveLength(1);
    const [created] = await client.syncLeads([{ email: `route-${Date.now()}@example.com` }], { action: "createOnly" });
    expect(created.status).toBe("created");
  });

  it("answers 404 when the sandbox is disabled", async () => {
    vi.resetModules();
    vi.doMock("@/lib/env", async (importOriginal) => ({ ...(await importOriginal<object>()), sandboxEnabled: false }));
    const route = await import("./route");
    const response = await route.GET(new Request("http://localhost/api/sandbox/marketo/identity/oauth/token?grant_type=client_credentials&client_id=sandbox&client_secret=x"));
    expect(response.status).toBe(404);
    expect((await route.POST(new Request("http://localhost/api/sandbox/marketo/rest/v1/leads.json", { method: "POST" }))).status).toBe(404);
  });
});
