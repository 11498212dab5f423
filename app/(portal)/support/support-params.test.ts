import { describe, expect, it } from "vitest";
import { parseSupportParams } from "./support-params";

describe("parseSupportParams", () => {
  it("reads the search, the field, and each table's own page and filters", () => {
    const parsed = parseSupportParams({ q: " 1004 ", field: "code", status: "failed", outcome: "failed,skipped", page: "2", rpage: "3" });
    expect(parsed).toMatchObject({ q: "1004", field: "code" });
    expect(parsed.runs).toMatchObject({ page: 2, statuses: ["failed"], sort: { id: "createdAt", desc: true } });
    expect(parsed.records).toMatchObject({ page: 3, outcomes: ["skipped", "failed"] }); // in the schema's order
  });

  it("searches everything when the field is unknown", () => {
    expect(parseSupportParams({ field: "password_hash" }).field).toBe("all");
  });
});
