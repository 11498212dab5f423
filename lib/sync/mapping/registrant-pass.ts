// The registrant pass ("ON24 Registrants" on): one upsert per registrant, registration fields only.
import { assembleRecord } from "./assemble";
import type { CustomObjectDescribe, MapResult, On24Record, Region } from "./types";

export interface RegistrantPassInput {
  describe: CustomObjectDescribe;
  region: Region;
  /** The Marketo lead id found (or created) for the registrant's email. */
  leadId: string | number | null | undefined;
  registrant: On24Record;
  /** The event record (cached per event) for eventtitle. */
  event?: On24Record | null;
  /** The response's or path's eventid, for event-level records that carry none. */
  eventId?: string | number | null;
}

export function mapRegistrantPass(input: RegistrantPassInput): MapResult {
  return assembleRecord({ ...input, pass: "registrant", attendee: undefined });
}
