import { describe, expect, it } from "vitest";
import { codePointLength, cutToCodePoints, joinWithinLimit } from "./text-limits";

describe("text limits (C3)", () => {
  it("counts code points, not UTF-16 units", () => {
    expect(codePointLength("a😀b")).toBe(3);
    expect("a😀b".length).toBe(4);
  });

  it("cuts by code points without splitting a surrogate pair", () => {
    expect(cutToCodePoints("😀😀😀", 2)).toBe("😀😀");
    expect(cutToCodePoints("abc", 5)).toBe("abc");
    expect(cutToCodePoints("ab  cd", 4)).toBe("ab");
  });

  it("joins whole elements while they fit and stops at the first that doesn't", () => {
    expect(joinWithinLimit(["alpha", "beta", "gamma"], "; ", null)).toEqual({ text: "alpha; beta; gamma", cut: false });
    expect(joinWithinLimit(["alpha", "beta", "gamma"], "; ", 18)).toEqual({ text: "alpha; beta; gamma", cut: false });
    expect(joinWithinLimit(["alpha", "beta", "gamma"], "; ", 17)).toEqual({ text: "alpha; beta", cut: true });
    expect(joinWithinLimit(["alpha", "b", "c"], "; ", 8)).toEqual({ text: "alpha; b", cut: true });
  });

  it("hard-cuts the first element when even it is too long", () => {
    expect(joinWithinLimit(["abcdefgh", "x"], "; ", 4)).toEqual({ text: "abcd", cut: true });
  });
});
