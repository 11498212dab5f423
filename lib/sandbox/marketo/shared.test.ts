import { describe, expect, it } from "vitest";
import { person } from "@/lib/sandbox/on24/people";
import { getSharedMarketoSandbox } from "./shared";

describe("getSharedMarketoSandbox", () => {
  it("is one simulated Marketo per process", () => {
    expect(getSharedMarketoSandbox()).toBe(getSharedMarketoSandbox());
  });

  it("already knows some ON24 sandbox people, one of them twice (the multiple-match case)", () => {
    const instance = getSharedMarketoSandbox().instance();
    expect(instance.leadsByEmail(person(24, 0).email)).toHaveLength(1);
    expect(instance.leadsByEmail(person(24, 5).email)).toHaveLength(2);
    expect(instance.leadsByEmail(person(24, 1).email)).toHaveLength(0);
  });
});
