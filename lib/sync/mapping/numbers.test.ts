import { describe, expect, it } from "vitest";
import { canonicalId, idForField } from "./ids";
import { toFloat, toInteger } from "./numbers";

describe("toInteger (C5)", () => {
  it("accepts JSON integers and numeric strings", () => {
    expect(toInteger(40)).toEqual({ ok: true, value: 40 });
    expect(toInteger("4816")).toEqual({ ok: true, value: 4816 });
    expect(toInteger(" 007 ")).toEqual({ ok: true, value: 7 });
    expect(toInteger("-3")).toEqual({ ok: true, value: -3 });
  });

  it("rejects decimals and non-numeric text", () => {
    expect(toInteger(8.5)).toEqual({ ok: false, reason: "not_a_number" });
    expect(toInteger("12a")).toEqual({ ok: false, reason: "not_a_number" });
    expect(toInteger("1.0")).toEqual({ ok: false, reason: "not_a_number" });
    expect(toInteger(true)).toEqual({ ok: false, reason: "not_a_number" });
  });

  it("rejects more than 10 digits and values outside the 32-bit range", () => {
    expect(toInteger(2_147_483_647)).toEqual({ ok: true, value: 2_147_483_647 });
    expect(toInteger(2_147_483_648)).toEqual({ ok: false, reason: "out_of_range" });
    expect(toInteger(-2_147_483_649)).toEqual({ ok: false, reason: "out_of_range" });
    expect(toInteger("00000000001")).toEqual({ ok: true, value: 1 });
    expect(toInteger("12345678901")).toEqual({ ok: false, reason: "out_of_range" });
  });

  it("honours a smaller digit limit", () => {
    expect(toInteger(12345, 4)).toEqual({ ok: false, reason: "out_of_range" });
  });
});

describe("toFloat (C5)", () => {
  it("keeps numbers and reads numeric strings", () => {
    expect(toFloat(8.5)).toEqual({ ok: true, value: 8.5 });
    expect(toFloat("4.10")).toEqual({ ok: true, value: 4.1 });
    expect(toFloat("abc")).toEqual({ ok: false, reason: "not_a_number" });
    expect(toFloat(Number.NaN)).toEqual({ ok: false, reason: "not_a_number" });
  });
});

describe("ids", () => {
  it("keeps ids as canonical base-10 strings", () => {
    expect(canonicalId(311512)).toBe("311512");
    expect(canonicalId(" 0042 ")).toBe("42");
    expect(canonicalId("0")).toBe("0");
    expect(canonicalId("-5")).toBeUndefined();
    expect(canonicalId("ab12")).toBeUndefined();
    expect(canonicalId(1.5)).toBeUndefined();
  });

  it("writes an integer for integer and link fields, the string otherwise", () => {
    const limits = { maxDigits: 10, maxLength: 255 };
    expect(idForField("311512", "integer", limits)).toEqual({ ok: true, value: 311512 });
    expect(idForField("311512", "link", limits)).toEqual({ ok: true, value: 311512 });
    expect(idForField("311512", "string", limits)).toEqual({ ok: true, value: "311512" });
    expect(idForField("3000000000", "integer", limits).ok).toBe(false);
    expect(idForField("3000000000", "string", limits)).toEqual({ ok: true, value: "3000000000" });
    expect(idForField("123456", "string", { maxDigits: 10, maxLength: 5 }).ok).toBe(false);
  });
});
