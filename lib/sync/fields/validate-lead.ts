// Test Connection's check of the optional lead field pEPURL__c (guide step 4).
import { findLeadField, normaliseLeadFields, type LeadFieldInput } from "@/lib/sync/mapping/lead-describe";
import { PEP_URL_FIELD } from "@/lib/sync/mapping/pep-url";
import type { Check } from "./check";

export function validateLeadDescribe(leadFields: readonly LeadFieldInput[]): Check {
  const base = { id: "lead-pepurl", title: "PEP URL on the person (optional)" };
  const field = findLeadField(normaliseLeadFields(leadFields), PEP_URL_FIELD);
  if (!field) {
    return {
      ...base,
      status: "warning",
      message:
        "There is no pEPURL__c person field, so people won't get their ON24 engagement profile link; to add it, create " +
        "the pEPURL__c custom field (in Salesforce if it syncs with Marketo) as the guide's step 4 describes, and keep " +
        "Read-Write Person on the API role so the sync can write it.",
    };
  }
  if (field.updateable === false) {
    return {
      ...base,
      status: "warning",
      message:
        `${field.name} exists but the API user can't write it: give the API role the Read-Write Person permission ` +
        "(Admin › Users & Roles) and make sure the field isn't locked or read-only.",
    };
  }
  return { ...base, status: "pass", message: `${field.name} exists and the API user can write it, so each person gets their ON24 profile link.` };
}
