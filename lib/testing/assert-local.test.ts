import { describe, expect, it } from "vitest";
import { assertLocalUrl, isLocalHost } from "./assert-local";

describe("assertLocalUrl (the guard against running tests on a real deployment)", () => {
  it("accepts loopback hosts", () => {
    for (const url of [
      "postgres://postgres@127.0.0.1:5432/test",
      "postgresql://u:p@localhost/db",
      "redis://[::1]:6379",
      "http://127.0.0.1:8080/",
    ]) {
      expect(() => assertLocalUrl(url)).not.toThrow();
    }
  });

  it("refuses anything else, naming the host", () => {
    expect(() => assertLocalUrl("postgres://u:p@ep-cool-1.eu-central-1.aws.neon.tech/neondb")).toThrow(
      /non-local database \(host "ep-cool-1\.eu-central-1\.aws\.neon\.tech"\)/,
    );
    expect(() => assertLocalUrl("redis://10.0.0.5:6379", "Redis")).toThrow(/non-local Redis/);
    expect(() => assertLocalUrl("not a url")).toThrow(/not a valid URL/);
    expect(isLocalHost("127.0.0.2")).toBe(false);
    expect(isLocalHost("localhost:5432")).toBe(true);
  });
});
