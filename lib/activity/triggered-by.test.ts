import { describe, expect, it } from "vitest";
import { parseTrigger, userTrigger } from "./triggered-by";

describe("parseTrigger", () => {
  it("names the schedule, the CLI and people", () => {
    expect(parseTrigger("cron")).toEqual({ kind: "schedule", label: "The schedule (every few minutes)" });
    expect(parseTrigger("cli").kind).toBe("schedule");
    expect(parseTrigger(userTrigger("3f0c"))).toEqual({ kind: "user", userId: "3f0c" });
  });

  it("shows anything else as it is", () => {
    expect(parseTrigger("webhook")).toEqual({ kind: "other", label: "webhook" });
    expect(parseTrigger(null)).toEqual({ kind: "other", label: "Not recorded" });
    expect(parseTrigger("user:")).toEqual({ kind: "other", label: "user:" });
  });
});
