import type { Check } from "@/lib/sync/fields/check";
import type { ConnectionTestResult } from "./test-connection";

/**
 * Where a workspace stands on each of the guide's eight steps, judged from what the portal knows: the
 * associated token, the last Test Connection and whether the connection is saved. Steps done in
 * Marketo can only be confirmed by a test; until then they are "to do".
 */

export type StepState = "done" | "attention" | "todo" | "optional";

export type SetupFacts = { hasOn24Token: boolean; syncEnabled: boolean; validatedAt: Date | null; lastTest: ConnectionTestResult | null };

export const SETUP_STEPS = [
  "api-role",
  "api-user",
  "launchpoint",
  "pep-url",
  "custom-object",
  "on24-token",
  "connect",
  "smart-campaigns",
] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export function setupProgress(facts: SetupFacts): Record<SetupStep, StepState> {
  const checks = facts.lastTest?.checks ?? [];
  const find = (id: string): Check | undefined => checks.find((c) => c.id === id);
  const passed = (id: string) => find(id)?.status === "pass";
  const failed = (id: string) => find(id)?.status === "fail";
  const tested = (id: string, state: StepState) => (facts.lastTest ? state : "todo");

  const token = find("marketo-token");
  const objectChecks = checks.filter((c) => c.id.startsWith("co-"));
  const roleFailed = (failed("co-describe") && /603/.test(find("co-describe")!.message)) || failed("lead-access");
  return {
    "api-role": roleFailed ? "attention" : passed("co-describe") && !failed("lead-access") ? "done" : tested("api-role", "todo"),
    "api-user": token ? (token.status === "pass" ? "done" : "attention") : "todo",
    launchpoint: token ? (token.status === "pass" ? "done" : "attention") : "todo",
    "pep-url": passed("lead-pepurl") ? "done" : "optional",
    "custom-object": objectChecks.some((c) => c.status === "fail") ? "attention" : passed("co-describe") ? "done" : "todo",
    "on24-token": facts.hasOn24Token ? (failed("on24-token") ? "attention" : "done") : "todo",
    connect: facts.syncEnabled ? "done" : facts.lastTest && !facts.lastTest.canSave ? "attention" : "todo",
    "smart-campaigns": facts.syncEnabled ? "todo" : "optional",
  };
}
