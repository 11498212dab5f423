import { describe, expect, it } from "vitest";
import { redactSecrets } from "./redact";

describe("redactSecrets", () => {
  it("removes credential parameters, authorisation headers and opaque keys", () => {
    expect(redactSecrets("GET /rest/v1/leads.json?access_token=abc:int&filterType=email")).toBe("GET /rest/v1/leads.json?access_token=[redacted]&filterType=email");
    expect(redactSecrets("client_id=x&client_secret=y")).toBe("client_id=[redacted]&client_secret=[redacted]");
    expect(redactSecrets('headers {"Authorization": "Bearer eyJhbGciOi.xyz"}')).toBe('headers {"Authorization": "Bearer [redacted]"}');
    expect(redactSecrets("accessTokenKey: abc123 accessTokenSecret=def456")).toBe("accessTokenKey: [redacted] accessTokenSecret=[redacted]");
    expect(redactSecrets("secret kX9mP2qR7sT4vW8yZ1aB5cD3eF6gH0jL was refused")).toBe("secret [redacted] was refused");
    expect(redactSecrets("key MDEyMzQ1Njc4OWFi/Y2RlZjAxMjM0NTY3ODlhYmNkZWY=")).toBe("key [redacted]/[redacted]");
  });

  it("keeps what people need to read: paths, field names, ids and codes", () => {
    const kept = [
      "GET https://123-ABC-456.mktorest.com/rest/v1/customobjects/oN24Attendee_c/describe.json answered 610",
      "workspace 3c9e5a1f-8b2d-4e6a-9f70-1d2c3b4a5e6f, process 41, code marketo_unavailable",
      "Field engagementPredictionScore is too long for oN24Attendee_c",
    ];
    for (const text of kept) expect(redactSecrets(text)).toBe(text);
  });

  it("cuts very long messages and treats missing ones as empty", () => {
    expect(redactSecrets("word ".repeat(300))).toHaveLength(600);
    expect(redactSecrets(null)).toBe("");
  });
});
