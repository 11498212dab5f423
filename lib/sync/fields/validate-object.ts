// Test Connection's checks of the tenant's oN24Attendee_c describe (pure: the caller fetches it).
import type { Region } from "@/db/schema";
import type { CustomObjectDescribe } from "@/lib/sync/mapping/types";
import type { Check } from "./check";
import { coverageCheck } from "./coverage-check";
import { fieldLengthCheck, fieldTypeCheck } from "./object-field-checks";
import { dedupeCheck, idTypeCheck, personLinkCheck } from "./object-key-checks";
import { unknownFieldsCheck } from "./unknown-fields-check";

/** In checklist order. Use blocksSave(checks) from ./check to decide whether Save is allowed. */
export function validateObjectDescribe(describe: CustomObjectDescribe, region: Region): Check[] {
  return [
    dedupeCheck(describe),
    personLinkCheck(describe),
    idTypeCheck(describe, region),
    fieldTypeCheck(describe, region),
    fieldLengthCheck(describe),
    unknownFieldsCheck(describe),
    coverageCheck(describe),
  ];
}
