import { describe, expect, it } from "vitest";
import { replaySchema } from "./replay-schema";

describe("replaySchema", () => {
  it("reads one or several chosen records from form values", () => {
    expect(replaySchema.parse({ mode: "selected", processId: "12", outcomeIds: "5" })).toEqual({ mode: "selected", processId: 12, outcomeIds: [5] });
    expect(replaySchema.parse({ mode: "selected", processId: "12", outcomeIds: ["5", "7"] })).toMatchObject({ outcomeIds: [5, 7] });
    expect(replaySchema.parse({ mode: "selected", processId: "12" })).toMatchObject({ outcomeIds: [] });
  });

  it("reads a code", () => {
    expect(replaySchema.parse({ mode: "code", processId: "12", code: " 1004 " })).toEqual({ mode: "code", processId: 12, code: "1004" });
  });

  it("refuses what is not a replay", () => {
    expect(replaySchema.safeParse({ mode: "code", processId: "12", code: "" }).success).toBe(false);
    expect(replaySchema.safeParse({ mode: "selected", processId: "x", outcomeIds: ["1"] }).success).toBe(false);
    expect(replaySchema.safeParse({ mode: "selected", processId: "1", outcomeIds: ["-3"] }).success).toBe(false);
    expect(replaySchema.safeParse({ mode: "everything", processId: "1" }).success).toBe(false);
  });
});
