import { describe, expect, it } from "vitest";
import { endOfDayExclusive, formatSort, parseDay, parseList, parsePageState, parseQuery, parseSort, startOfDay } from "./table-params";

describe("parsePageState", () => {
  it("reads page and size, deriving limit and offset", () => {
    expect(parsePageState({ page: "3", size: "50" })).toEqual({ page: 3, pageSize: 50, limit: 50, offset: 100 });
  });

  it("falls back on anything malformed", () => {
    expect(parsePageState({ page: "0", size: "7" })).toMatchObject({ page: 1, pageSize: 25 });
    expect(parsePageState({ page: "2.5" })).toMatchObject({ page: 1 });
    expect(parsePageState({ page: "-1" })).toMatchObject({ page: 1 });
    expect(parsePageState({ page: "99999999" })).toMatchObject({ page: 1 });
    expect(parsePageState({ page: ["4", "5"] })).toMatchObject({ page: 4, offset: 75 });
    expect(parsePageState({}, 100)).toMatchObject({ page: 1, pageSize: 100 });
  });

  it("reads a prefixed table's own keys only", () => {
    expect(parsePageState({ page: "9", rpage: "2", rsize: "100" }, 25, "r")).toMatchObject({ page: 2, pageSize: 100, offset: 100 });
  });
});

describe("parseSort", () => {
  const allowed = ["createdAt", "id"];
  const fallback = { id: "createdAt", desc: true };

  it("accepts whitelisted columns with a direction", () => {
    expect(parseSort("id.asc", allowed, fallback)).toEqual({ id: "id", desc: false });
    expect(formatSort({ id: "id", desc: true })).toBe("id.desc");
  });

  it("refuses anything else, including SQL", () => {
    expect(parseSort("email.asc", allowed, fallback)).toBe(fallback);
    expect(parseSort("id.sideways", allowed, fallback)).toBe(fallback);
    expect(parseSort("id;drop table processes.asc", allowed, fallback)).toBe(fallback);
    expect(parseSort(undefined, allowed, fallback)).toBe(fallback);
  });
});

describe("parseList", () => {
  it("keeps known values once, in the allowed order", () => {
    expect(parseList("paused,failed,nonsense,failed", ["queued", "failed", "paused"] as const)).toEqual(["failed", "paused"]);
    expect(parseList(["failed", "queued"], ["queued", "failed"] as const)).toEqual(["queued", "failed"]);
    expect(parseList(undefined, ["a"] as const)).toEqual([]);
  });
});

describe("parseQuery", () => {
  it("trims and bounds the search text", () => {
    expect(parseQuery("  ada@example.com ")).toBe("ada@example.com");
    expect(parseQuery("x".repeat(500))).toHaveLength(200);
    expect(parseQuery(undefined)).toBe("");
  });
});

describe("days", () => {
  it("accepts only real calendar days", () => {
    expect(parseDay("2024-02-29")).toBe("2024-02-29");
    expect(parseDay("2023-02-29")).toBeUndefined();
    expect(parseDay("2024-2-1")).toBeUndefined();
    expect(parseDay("yesterday")).toBeUndefined();
  });

  it("turns a day into a half-open UTC range", () => {
    expect(startOfDay("2024-12-31").toISOString()).toBe("2024-12-31T00:00:00.000Z");
    expect(endOfDayExclusive("2024-12-31").toISOString()).toBe("2025-01-01T00:00:00.000Z");
  });
});
