import { describe, expect, it } from "vitest";
import type { Check } from "@/lib/sync/fields/check";
import { setupProgress } from "./setup-progress";
import type { ConnectionTestResult } from "./test-connection";

const check = (id: string, status: Check["status"], message = "m"): Check => ({ id, status, title: id, message });
const result = (checks: Check[], canSave = true): ConnectionTestResult => ({
  ranAt: "2025-01-01T00:00:00Z",
  region: "na",
  marketoOrigin: "https://123-ABC-456.mktorest.com",
  checks,
  canSave,
  saveBlockedReason: canSave ? null : "x",
});

describe("setupProgress", () => {
  it("a new workspace has everything to do", () => {
    expect(setupProgress({ hasOn24Token: false, syncEnabled: false, validatedAt: null, lastTest: null })).toEqual({
      "api-role": "todo",
      "api-user": "todo",
      launchpoint: "todo",
      "pep-url": "optional",
      "custom-object": "todo",
      "on24-token": "todo",
      connect: "todo",
      "smart-campaigns": "optional",
    });
  });

  it("a passing test and a saved connection tick every step but the campaigns, which are the customer's", () => {
    const checks = ["marketo-token", "co-describe", "co-dedupe-fields", "co-id-types", "lead-pepurl", "on24-token"].map((id) => check(id, "pass"));
    expect(setupProgress({ hasOn24Token: true, syncEnabled: true, validatedAt: new Date(), lastTest: result(checks) })).toEqual({
      "api-role": "done",
      "api-user": "done",
      launchpoint: "done",
      "pep-url": "done",
      "custom-object": "done",
      "on24-token": "done",
      connect: "done",
      "smart-campaigns": "todo",
    });
  });

  it("points at the step a failure belongs to", () => {
    const denied = result([check("marketo-token", "pass"), check("co-describe", "fail", "lacks Read-Write Custom Object (603)"), check("on24-token", "pass")], false);
    const progress = setupProgress({ hasOn24Token: true, syncEnabled: false, validatedAt: null, lastTest: denied });
    expect(progress).toMatchObject({ "api-role": "attention", "custom-object": "attention", connect: "attention", "api-user": "done" });
    const badIds = result([check("marketo-token", "pass"), check("co-describe", "pass"), check("co-id-types", "fail")], false);
    expect(setupProgress({ hasOn24Token: true, syncEnabled: false, validatedAt: null, lastTest: badIds })).toMatchObject({
      "api-role": "done",
      "custom-object": "attention",
    });
    const badToken = result([check("marketo-token", "fail")], false);
    expect(setupProgress({ hasOn24Token: false, syncEnabled: false, validatedAt: null, lastTest: badToken })).toMatchObject({
      "api-user": "attention",
      launchpoint: "attention",
      "on24-token": "todo",
    });
  });
});
