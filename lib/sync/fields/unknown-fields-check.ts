// Fields the table doesn't know are ignored by the sync. Customers may add their own on purpose, so
// that alone passes; a name one or two letters away from a missing ON24 field is probably a typo.
import { findDescribeField } from "@/lib/sync/mapping/object-plan";
import type { CustomObjectDescribe } from "@/lib/sync/mapping/types";
import { ATTENDEE_FIELDS } from "./attendee-fields";
import type { Check } from "./check";
import { editDistance } from "./edit-distance";

/** Every Marketo custom object has these; they are not the customer's fields. */
const SYSTEM_FIELDS = new Set(["marketoguid", "createdat", "updatedat"]);
/** Two edits catch "atendedlive" or "attendedLive1" without matching unrelated short names. */
const TYPO_DISTANCE = 2;
const MIN_TYPO_LENGTH = 5;

export function unknownFieldsCheck(describe: CustomObjectDescribe): Check {
  const known = new Set(ATTENDEE_FIELDS.map((spec) => findDescribeField(spec, describe.fields)?.name).filter(Boolean));
  const missing = ATTENDEE_FIELDS.filter((spec) => !findDescribeField(spec, describe.fields));
  const unknown = describe.fields.filter((f) => !known.has(f.name) && !SYSTEM_FIELDS.has(f.name.toLowerCase()));
  const typos: string[] = [];
  const ignored: string[] = [];
  for (const field of unknown) {
    const name = field.name.toLowerCase();
    const guess = name.length >= MIN_TYPO_LENGTH
      ? missing.find((spec) => editDistance(name, spec.apiName) <= TYPO_DISTANCE)
      : undefined;
    if (guess) typos.push(`${field.name} isn't an ON24 field; did you mean ${guess.apiName}? Rename it or the sync will leave it empty.`);
    else ignored.push(`${field.name} (ignored)`);
  }
  const base = { id: "co-unknown-fields", title: "Other fields" };
  if (typos.length > 0) {
    return { ...base, status: "warning", message: "Some field names look like misspelt ON24 fields; check the names listed.", details: [...typos, ...ignored] };
  }
  if (ignored.length > 0) {
    return { ...base, status: "pass", message: `${ignored.length} ${ignored.length === 1 ? "field isn't an ON24 field" : "fields aren't ON24 fields"}; the sync leaves ${ignored.length === 1 ? "it" : "them"} alone.`, details: ignored };
  }
  return { ...base, status: "pass", message: "Every field on the object is an ON24 field." };
}
