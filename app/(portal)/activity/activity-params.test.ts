import { describe, expect, it } from "vitest";
import { parseActivityParams } from "./activity-params";

describe("parseActivityParams", () => {
  it("reads the runs table and the person search from one URL", () => {
    const { runs, person, filtered } = parseActivityParams({
      page: "2",
      size: "50",
      sort: "coFailed.desc",
      q: " 603 ",
      status: "failed,paused,bogus",
      kind: "replay",
      from: "2025-03-01",
      to: "2025-03-07",
      person: "ada@example.com",
      ppage: "3",
    });
    expect(runs).toMatchObject({ page: 2, pageSize: 50, offset: 50, sort: { id: "coFailed", desc: true }, q: "603", statuses: ["failed", "paused"], kinds: ["replay"] });
    expect(runs.from?.toISOString()).toBe("2025-03-01T00:00:00.000Z");
    expect(runs.to?.toISOString()).toBe("2025-03-08T00:00:00.000Z");
    expect(person).toMatchObject({ q: "ada@example.com", page: 3, offset: 50 });
    expect(filtered).toBe(true);
  });

  it("defaults to the newest runs, unfiltered", () => {
    const { runs, person, filtered } = parseActivityParams({ sort: "password.asc", from: "not-a-day" });
    expect(runs).toMatchObject({ page: 1, pageSize: 25, sort: { id: "createdAt", desc: true }, statuses: [], kinds: [] });
    expect(runs.from).toBeUndefined();
    expect(person.q).toBe("");
    expect(filtered).toBe(false);
  });
});
