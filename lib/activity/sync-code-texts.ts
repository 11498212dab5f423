import type { CodeText } from "./code-text";
import { FAILURE_CODES as F, PROCESS_ERROR_CODES as P, SKIP_CODES as S, WARNING_CODES as W, type SyncCode } from "./sync-codes";

const SETUP_GUIDE_FIX = "Compare the field in Marketo with the field table in the Setup guide and correct its type or length.";
const SUPPORT_FIX = "Contact support with the process ID and this person's email.";

/** Our own codes, explained. Every code of lib/activity/sync-codes.ts has an entry (the type says so). */
export const SYNC_CODE_TEXTS: Readonly<Record<SyncCode, CodeText>> = {
  [S.PERSON_NOT_FOUND]: {
    title: "Person not in Marketo",
    explanation: "No Marketo person has this email address, and Create New People is off, so the record was skipped.",
    fix: "Nothing to do if that is what you want. To sync such people, turn on Create New People on the Options page, or add the person in Marketo, then replay.",
    transient: false,
  },
  [S.NO_EMAIL]: {
    title: "No email address",
    explanation: "ON24 sent this registration without an email address, so no Marketo person can be found or created.",
    fix: "Nothing to do: make email a required registration field in ON24 to avoid it.",
    transient: false,
  },
  [S.VIRTUAL_CONFERENCE_DISABLED]: {
    title: "Virtual Conference not enabled",
    explanation: "The event is a Virtual Conference, and Virtual Conference syncing is not enabled for this workspace.",
    fix: "Ask support to enable Virtual Conference for the workspace, then replay.",
    transient: false,
  },
  [W.TRUNCATED]: {
    title: "Value shortened",
    explanation: "A value was longer than its Marketo field, so it was cut to fit. The rest of the record was written.",
    fix: "If the full value matters, make the field longer in Marketo (or a Text Area) and replay.",
    transient: false,
  },
  [W.TOO_LONG]: {
    title: "Value too long, left out",
    explanation: "A value (an email, link or id) was longer than its field and cannot be shortened without becoming wrong, so that field was left out.",
    fix: "Make the field longer in Marketo, then replay.",
    transient: false,
  },
  [W.INVALID_EMAIL]: {
    title: "Invalid email address",
    explanation: "An email value was not a valid address, so it was left out (or the person could not be created).",
    fix: "Correct the address in ON24 if you can; nothing else to do.",
    transient: false,
  },
  [W.INVALID_DATETIME]: {
    title: "Unreadable date",
    explanation: "ON24 sent a date and time we could not read, so that field was left out.",
    fix: SUPPORT_FIX,
    transient: false,
  },
  [W.INVALID_NUMBER]: {
    title: "Not a number",
    explanation: "ON24 sent text where the Marketo field expects a number, so that field was left out.",
    fix: SETUP_GUIDE_FIX,
    transient: false,
  },
  [W.NUMBER_OUT_OF_RANGE]: {
    title: "Number too large",
    explanation: "A number was too large for a Marketo Integer field, so it was left out.",
    fix: "Change the field to Float or String in Marketo, then replay.",
    transient: false,
  },
  [W.UNREADABLE_VALUE]: {
    title: "Unreadable value",
    explanation: "ON24 sent a value that cannot be written as text, so that field was left out.",
    fix: SUPPORT_FIX,
    transient: false,
  },
  [W.TYPE_MISMATCH]: {
    title: "Field type differs",
    explanation: "The Marketo field has a different type from what ON24 sends, so that field was left out.",
    fix: SETUP_GUIDE_FIX,
    transient: false,
  },
  [W.MULTIPLE_LEADS]: {
    title: "Several people share the email",
    explanation: "More than one Marketo person has this email address; the most recently updated one was used.",
    fix: "Merge the duplicate people in Marketo if the wrong one was chosen, then replay.",
    transient: false,
  },
  [F.MISSING_DEDUPE_FIELD]: {
    title: "Dedupe field missing",
    explanation: "The custom object does not have all three dedupe fields (personid, eventid, eventuserid), so no record can be written.",
    fix: "Fix the object's dedupe fields in Marketo (see the Setup guide), run Test Connection, then replay.",
    transient: false,
  },
  [F.MISSING_PERSON]: {
    title: "No Marketo person",
    explanation: "We had no Marketo person id for this record, so it could not be linked.",
    fix: "Replay the record; if it fails again, contact support.",
    transient: true,
  },
  [F.INVALID_PERSON_ID]: {
    title: "Invalid person id",
    explanation: "The Marketo person id was not a number Marketo accepts.",
    fix: SUPPORT_FIX,
    transient: false,
  },
  [F.MISSING_EVENT_ID]: {
    title: "No event id",
    explanation: "ON24 sent the record without an event id.",
    fix: SUPPORT_FIX,
    transient: false,
  },
  [F.INVALID_EVENT_ID]: {
    title: "Invalid event id",
    explanation: "The event id could not be written to the eventid field.",
    fix: "Check eventid's type in Marketo against the Setup guide, then replay.",
    transient: false,
  },
  [F.MISSING_EVENT_USER_ID]: {
    title: "No eventuserid",
    explanation: "ON24 sent the record without an eventuserid.",
    fix: SUPPORT_FIX,
    transient: false,
  },
  [F.INVALID_EVENT_USER_ID]: {
    title: "Invalid eventuserid",
    explanation: "The eventuserid could not be written to the eventuserid field.",
    fix: "Check eventuserid's type in Marketo against the Setup guide, then replay.",
    transient: false,
  },
  [F.ID_TYPE_NOT_ALLOWED]: {
    title: "Id type not allowed in this region",
    explanation: "eventid or eventuserid has a type your ON24 region does not allow (Europe/Global needs String).",
    fix: "Change eventid and eventuserid to String in Marketo, run Test Connection, then replay.",
    transient: false,
  },
  [F.REJECTED_WITHOUT_REASON]: {
    title: "Refused without a reason",
    explanation: "Marketo refused the record but gave no reason code.",
    fix: "Replay the record; if it fails again, contact support.",
    transient: true,
  },
  [F.REPLAY_SOURCE_MISSING]: {
    title: "Nothing to replay",
    explanation: "The original record could no longer be read from ON24, so it could not be sent again.",
    fix: "Request a backfill covering the event's dates on the Options page.",
    transient: false,
  },
  [P.MARKETO_AUTH_FAILED]: {
    title: "Marketo sign-in failed",
    explanation: "Marketo refused the client id and secret. Syncing is stopped for this workspace until they are fixed.",
    fix: "Enter a valid client id and secret on the Connection page and run Test Connection.",
    transient: false,
  },
  [P.ON24_AUTH_FAILED]: {
    title: "ON24 sign-in failed",
    explanation: "ON24 refused the access token. Syncing is stopped for this workspace until it is fixed.",
    fix: "Enter a valid ON24 token key and secret on the Connection page and run Test Connection.",
    transient: false,
  },
  [P.ON24_RATE_LIMITED]: {
    title: "ON24 call limit",
    explanation: "ON24 refused more calls for now.",
    fix: "Nothing to change: the next run continues where this one stopped.",
    transient: true,
  },
  [P.ON24_UNAVAILABLE]: {
    title: "ON24 unavailable",
    explanation: "ON24's API did not answer properly.",
    fix: "Nothing to change: the next run continues where this one stopped.",
    transient: true,
  },
  [P.MARKETO_UNAVAILABLE]: {
    title: "Marketo unavailable",
    explanation: "Marketo's API did not answer properly, even after retries.",
    fix: "Nothing to change: the next run continues where this one stopped.",
    transient: true,
  },
  [P.NOT_CONFIGURED]: {
    title: "Connection not set up",
    explanation: "The workspace has no saved, validated connection, so nothing can be synced.",
    fix: "Complete the Connection page and run Test Connection.",
    transient: false,
  },
  [P.INTERNAL_ERROR]: {
    title: "Our error",
    explanation: "Something went wrong on our side.",
    fix: "Contact support with the process ID.",
    transient: true,
  },
};
