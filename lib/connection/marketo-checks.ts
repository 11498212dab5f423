import type { Region } from "@/db/schema";
import { MarketoError } from "@/lib/marketo/errors";
import type { MarketoClient } from "@/lib/marketo/client";
import type { CustomObjectDescribe, LeadField } from "@/lib/marketo/types";
import type { Check } from "@/lib/sync/fields/check";
import { validateLeadDescribe } from "@/lib/sync/fields/validate-lead";
import { validateObjectDescribe } from "@/lib/sync/fields/validate-object";

/**
 * Test Connection's Marketo half: the token, the custom object's describe (through the record API's
 * describe endpoint, which the API-only role may call), the object's field checks and the lead field
 * pEPURL__c. Checks that depend on an earlier one are left out when it failed.
 */

export const CUSTOM_OBJECT_NAME = "oN24Attendee_c";
const ROLE_PATH = "Admin › Users & Roles › Roles › API Only Role";
const APPROVE_PATH = "Admin › Marketo Custom Objects › ON24 Attendee › Custom Object Actions › Approve Object";

/** Ids of checks that must pass before Save (besides those flagged blocksSave). */
export const REQUIRED_MARKETO_CHECKS = ["marketo-token", "co-describe", "lead-access"] as const;

/** `leadFields`: the lead describe the checks read (null when it failed), kept at Save so the first run needs none. */
export type MarketoCheckResult = { checks: Check[]; describe: CustomObjectDescribe | null; leadFields: LeadField[] | null };

export async function marketoChecks(client: MarketoClient, region: Region): Promise<MarketoCheckResult> {
  const checks: Check[] = [];
  let describe: CustomObjectDescribe | null = null;
  try {
    describe = await client.describeCustomObject(CUSTOM_OBJECT_NAME);
    checks.push(tokenPass(), {
      id: "co-describe",
      status: "pass",
      title: "ON24 Attendee custom object",
      message: `${CUSTOM_OBJECT_NAME} is approved and the API user can read it (${describe.fields.length} fields).`,
    });
  } catch (error) {
    if (!(error instanceof MarketoError)) throw error;
    if (isTokenFailure(error)) return { checks: [tokenFail(error, client.origin)], describe: null, leadFields: null };
    checks.push(tokenPass(), describeFail(error));
  }
  if (describe) checks.push(...validateObjectDescribe(describe, region));
  const lead = await leadCheck(client);
  checks.push(lead.check);
  return { checks, describe, leadFields: lead.fields };
}

function isTokenFailure(error: MarketoError): boolean {
  return error.kind === "auth-failed" || error.kind === "host-refused" || error.operation === "identity";
}

function tokenPass(): Check {
  return { id: "marketo-token", status: "pass", title: "Marketo access token", message: "Marketo issued an access token for this Client ID and Client Secret." };
}

function tokenFail(error: MarketoError, origin: string): Check {
  const base = { id: "marketo-token", status: "fail" as const, title: "Marketo access token" };
  if (error.kind === "auth-failed") {
    return {
      ...base,
      message:
        "Marketo refused the Client ID and Client Secret (401): copy both again from Admin › LaunchPoint › View Details, " +
        "and check that the LaunchPoint service uses the API-only user.",
    };
  }
  if (error.kind === "host-refused") return { ...base, message: error.message };
  return {
    ...base,
    message: `Marketo did not answer at ${origin}: check the Identity URL (Admin › Integration › Web Services) and test again.`,
    details: [error.message],
  };
}

function describeFail(error: MarketoError): Check {
  const base = { id: "co-describe", status: "fail" as const, title: "ON24 Attendee custom object" };
  if (error.kind === "access-denied") {
    return {
      ...base,
      message: `The API-only user's role lacks Read-Write Custom Object (603): tick it under ${ROLE_PATH} › API Access, then test again.`,
    };
  }
  if (error.kind === "not-found") {
    return {
      ...base,
      message:
        `Marketo has no approved custom object named ${CUSTOM_OBJECT_NAME}: create it as the setup guide's step 5 describes ` +
        `(API name exactly ${CUSTOM_OBJECT_NAME}), then approve it under ${APPROVE_PATH}.`,
    };
  }
  return { ...base, message: `Marketo could not describe ${CUSTOM_OBJECT_NAME}; test again in a few minutes.`, details: [error.message] };
}

async function leadCheck(client: MarketoClient): Promise<{ check: Check; fields: LeadField[] | null }> {
  try {
    const fields = await client.describeLeads();
    return { check: validateLeadDescribe(fields), fields };
  } catch (error) {
    if (!(error instanceof MarketoError)) throw error;
    const base = { id: "lead-access", status: "fail" as const, title: "Access to people" };
    if (error.kind === "access-denied") {
      const message = `The API-only user's role lacks Read-Write Person (603), which the sync needs to find and create people: tick it under ${ROLE_PATH} › API Access.`;
      return { check: { ...base, message }, fields: null };
    }
    return { check: { ...base, message: "Marketo could not list the person fields; test again in a few minutes.", details: [error.message] }, fields: null };
  }
}
