import { describe, expect, expectTypeOf, it } from "vitest";
import type { FailureCode as MappingFailureCode, WarningCode as MappingWarningCode } from "@/lib/sync/mapping/types";
import { explainCode } from "./explain-code";
import { MARKETO_CODE_TEXTS } from "./marketo-code-texts";
import { ALL_SYNC_CODES, CODE_ALIASES, FAILURE_CODES, SKIP_CODES, WARNING_CODES, type SyncCode } from "./sync-codes";

describe("explainCode", () => {
  it("explains the Marketo record codes the sync meets", () => {
    expect(explainCode("1004")).toMatchObject({ source: "marketo", title: "Person not found in Marketo", transient: true });
    expect(explainCode("1007")?.fix).toMatch(/merge the duplicate people/i);
    expect(explainCode("1006")?.fix).toMatch(/Test Connection/);
    expect(explainCode("1036")?.transient).toBe(true);
    for (const code of ["1003", "1004", "1005", "1006", "1007", "1013", "1036", "603", "607", "610"]) {
      expect(explainCode(code)?.source, code).toBe("marketo");
      expect(MARKETO_CODE_TEXTS[code], code).toBeDefined();
    }
  });

  it("says what the response codes mean for the run", () => {
    expect(explainCode("607")?.explanation).toMatch(/midnight US Central/);
    expect(explainCode("603")?.fix).toMatch(/Read-Write Custom Object/);
    expect(explainCode("610")?.fix).toMatch(/oN24Attendee_c/);
  });

  it("explains our own codes, whatever their case or surrounding spaces", () => {
    expect(explainCode(SKIP_CODES.PERSON_NOT_FOUND)).toMatchObject({ source: "sync", code: "person_not_found" });
    expect(explainCode(" Truncated ")).toMatchObject({ source: "sync", code: "truncated", title: "Value shortened" });
    expect(explainCode(FAILURE_CODES.ID_TYPE_NOT_ALLOWED)?.fix).toMatch(/String/);
  });

  it("reads an alias as the code it stands for", () => {
    expect(CODE_ALIASES.skipped_create_off).toBe(SKIP_CODES.PERSON_NOT_FOUND);
    expect(explainCode("skipped_create_off")).toMatchObject({ code: "person_not_found", title: "Person not in Marketo" });
  });

  it("answers unknown codes honestly instead of failing", () => {
    expect(explainCode("1099")).toMatchObject({ source: "marketo", title: "Marketo code 1099" });
    expect(explainCode("something_new")).toMatchObject({ source: "unknown", code: "something_new" });
    expect(explainCode(null)).toBeNull();
    expect(explainCode("  ")).toBeNull();
  });

  it("has a full text for every one of our codes", () => {
    expect(new Set(ALL_SYNC_CODES).size).toBe(ALL_SYNC_CODES.length);
    for (const code of ALL_SYNC_CODES) {
      const text = explainCode(code);
      expect(text?.source, code).toBe("sync");
      expect(text?.title.length, code).toBeGreaterThan(3);
      expect(text?.explanation.length, code).toBeGreaterThan(20);
      expect(text?.fix.length, code).toBeGreaterThan(5);
    }
  });

  it("covers every warning and failure code the mapping can produce", () => {
    // If lib/sync/mapping adds a code, this stops compiling until the code gets an explanation here.
    expectTypeOf<Exclude<MappingWarningCode | MappingFailureCode, SyncCode>>().toEqualTypeOf<never>();
    expect(Object.values(WARNING_CODES)).toContain("type_mismatch");
  });
});
