// How much of the table the object covers. Marketo allows 44 fields next to the 3 required ones, so
// nobody defines all 107 optional fields; the hint names only the valuable ones that are missing.
import { findDescribeField } from "@/lib/sync/mapping/object-plan";
import type { CustomObjectDescribe } from "@/lib/sync/mapping/types";
import { ATTENDEE_FIELDS } from "./attendee-fields";
import { OBJECT_PATH, type Check } from "./check";

/** Why each valuable field is worth one of the 44 slots (keys: specs flagged valuable). */
export const VALUABLE_REASONS: Record<string, string> = {
  attendedlive: "the guide's Attended smart campaigns filter on it",
  attendedarchive: "the guide's Attended On-demand smart campaigns filter on it",
  email: "shows the address the person used in ON24",
  eventtitle: "names the event on every record",
  registrationdate: "records when the person registered",
  liveminutes: "how long the person watched live",
  archiveminutes: "how long the person watched on demand",
  engagementscore: "ON24's 0–10 engagement score for the person",
  userprofileurl: "links to the person's ON24 engagement profile",
};

export function coverageCheck(describe: CustomObjectDescribe): Check {
  const optional = ATTENDEE_FIELDS.filter((spec) => !spec.required);
  const defined = optional.filter((spec) => findDescribeField(spec, describe.fields));
  const missing = optional.filter((spec) => spec.valuable && !findDescribeField(spec, describe.fields));
  const base = { id: "co-optional-coverage", title: "Optional fields" };
  const counted = `The object defines ${defined.length} of the ${optional.length} optional ON24 fields`;
  if (missing.length === 0) return { ...base, status: "pass", message: `${counted}, including all the most useful ones.` };
  return {
    ...base,
    status: "warning",
    message: `${counted}; consider adding the ones listed under ${OBJECT_PATH} (Marketo allows 44 besides the 3 required).`,
    details: missing.map((spec) => `${spec.apiName} (${spec.displayName}): ${VALUABLE_REASONS[spec.apiName] ?? "commonly used"}.`),
  };
}
