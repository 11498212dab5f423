import type { Region } from "@/db/schema";
import type { CustomObjectDescribe, LeadField } from "@/lib/marketo/types";
import { blocksSave, type Check } from "@/lib/sync/fields/check";
import { buildMarketoClient, buildOn24Client, type ClientHooks, type MarketoSettings, type On24Settings } from "./load";
import { marketoChecks, REQUIRED_MARKETO_CHECKS } from "./marketo-checks";
import { on24Checks } from "./on24-checks";

/** What connections.last_test holds and the Connection page shows: the checklist and whether Save may go ahead. */
export type ConnectionTestResult = {
  ranAt: string;
  region: Region;
  marketoOrigin: string;
  checks: Check[];
  canSave: boolean;
  /** One sentence: why Save is refused; null when it may go ahead. */
  saveBlockedReason: string | null;
};

export type ConnectionTestInput = {
  marketo: MarketoSettings;
  /** Null when no ON24 token is associated yet. */
  on24: On24Settings | null;
  region: Region;
  virtualConferenceEnabled: boolean;
};

const REQUIRED = new Set<string>([...REQUIRED_MARKETO_CHECKS, "on24-token"]);
/** Checks whose absence means an earlier one failed; Save needs them to have run and passed. */
const MUST_HAVE_RUN = ["marketo-token", "co-describe", "on24-token"];

/** Runs every check (Marketo and ON24 side by side). Throws only for programming errors. */
export async function runConnectionTest(
  input: ConnectionTestInput,
  hooks: ClientHooks = {},
  now: () => Date = () => new Date(),
): Promise<{ result: ConnectionTestResult; describe: CustomObjectDescribe | null; leadFields: LeadField[] | null }> {
  const marketo = buildMarketoClient(input.marketo, hooks);
  const on24 = input.on24 ? buildOn24Client(input.on24, hooks) : null;
  const [m, o] = await Promise.all([
    marketoChecks(marketo, input.region),
    on24Checks(on24, { virtualConferenceEnabled: input.virtualConferenceEnabled }),
  ]);
  const checks = [...m.checks, ...o];
  const reason = saveBlockedReason(checks);
  return {
    result: { ranAt: now().toISOString(), region: input.region, marketoOrigin: marketo.origin, checks, canSave: reason === null, saveBlockedReason: reason },
    describe: m.describe,
    leadFields: m.leadFields,
  };
}

/** Save needs the token, the object and the ON24 token, and nothing the guide says must stop it (region/type). */
export function saveBlockedReason(checks: readonly Check[]): string | null {
  const blocking = checks.find((c) => c.status === "fail" && c.blocksSave);
  if (blocksSave(checks) && blocking) return blocking.message;
  const failedRequired = checks.find((c) => c.status === "fail" && REQUIRED.has(c.id));
  if (failedRequired) return `Save needs a working connection: ${failedRequired.message}`;
  const missing = MUST_HAVE_RUN.find((id) => !checks.some((c) => c.id === id));
  if (missing) return "Save needs a working connection: run Test Connection and fix what it reports.";
  return null;
}
