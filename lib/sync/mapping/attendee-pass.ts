// The attendee pass (every configuration): the attendee record, its registrant joined for registration
// fields (registrationdate, custom1–10, partnerref), and the event for eventtitle.
import { assembleRecord } from "./assemble";
import type { CustomObjectDescribe, MapResult, On24Record, Region } from "./types";

export interface AttendeePassInput {
  describe: CustomObjectDescribe;
  region: Region;
  leadId: string | number | null | undefined;
  attendee: On24Record;
  /** From joinAttendeeToRegistrant; absent when ON24 has no registrant row for this attendee. */
  registrant?: On24Record | null;
  event?: On24Record | null;
  eventId?: string | number | null;
}

export function mapAttendeePass(input: AttendeePassInput): MapResult {
  return assembleRecord({ ...input, pass: "attendee" });
}
