import type { CodeText } from "./code-text";

/**
 * Marketo's response codes (60x/70x: the whole call) and record codes (10xx: one record), as listed in
 * Adobe's error-code reference, explained for a marketer. Only codes our calls can meet are listed;
 * others fall back to Marketo's own message.
 */
export const MARKETO_CODE_TEXTS: Readonly<Record<string, CodeText>> = {
  "601": {
    title: "Access token rejected",
    explanation: "Marketo did not accept the access token, even after we asked for a new one.",
    fix: "Check the Marketo client id and secret on the Connection page and run Test Connection.",
    transient: true,
  },
  "602": {
    title: "Access token expired",
    explanation: "The access token expired during the run and could not be renewed.",
    fix: "Usually fixes itself on the next run. If it keeps happening, run Test Connection.",
    transient: true,
  },
  "603": {
    title: "Access denied",
    explanation: "The Marketo API user is missing a permission, or Marketo only accepts API calls from listed IP addresses.",
    fix: "Give the API user's role Read-Write Custom Object and Read-Write Person, and check Marketo's IP allowlist.",
    transient: false,
  },
  "604": {
    title: "Marketo timed out",
    explanation: "Marketo took too long to answer.",
    fix: "Nothing to change: replay the record, or wait for the next run.",
    transient: true,
  },
  "606": {
    title: "Marketo rate limit",
    explanation: "Too many calls reached Marketo within 20 seconds (all integrations of the instance share 100).",
    fix: "Nothing to change: we slow down and try again. Replay the record if it was left behind.",
    transient: true,
  },
  "607": {
    title: "Daily API quota used up",
    explanation: "The Marketo instance used its daily API quota. Syncing pauses until the quota resets at midnight US Central time.",
    fix: "Wait for the reset (it resumes on its own), or ask Adobe to raise the quota. Other integrations share it.",
    transient: true,
  },
  "608": {
    title: "Marketo temporarily unavailable",
    explanation: "Marketo's API was briefly unavailable.",
    fix: "Nothing to change: replay the record, or wait for the next run.",
    transient: true,
  },
  "609": {
    title: "Request not understood",
    explanation: "Marketo could not read our request.",
    fix: "This is our problem, not yours: contact support with the process ID.",
    transient: false,
  },
  "610": {
    title: "Not found in Marketo",
    explanation: "Marketo does not know the address we called: usually the custom object oN24Attendee_c is missing or not approved.",
    fix: "Create and approve oN24Attendee_c in Marketo Admin, then run Test Connection.",
    transient: false,
  },
  "611": {
    title: "Marketo system error",
    explanation: "Marketo had an internal error.",
    fix: "Nothing to change: replay the record, or wait for the next run.",
    transient: true,
  },
  "612": {
    title: "Wrong content type",
    explanation: "Marketo refused the format of our request.",
    fix: "This is our problem, not yours: contact support with the process ID.",
    transient: false,
  },
  "614": {
    title: "Subscription not found",
    explanation: "Marketo could not find the subscription behind this instance for a moment.",
    fix: "Usually fixes itself; if it persists, check the Identity URL on the Connection page.",
    transient: true,
  },
  "615": {
    title: "Too many calls at once",
    explanation: "More than 10 calls were in flight to the instance at the same time (all integrations share this limit).",
    fix: "Nothing to change: we wait and try again. Replay the record if it was left behind.",
    transient: true,
  },
  "616": {
    title: "Subscription type not supported",
    explanation: "The Marketo subscription does not include an API we called.",
    fix: "Contact support with the process ID.",
    transient: false,
  },
  "701": {
    title: "Required value missing",
    explanation: "Marketo said a required value of the request was blank.",
    fix: "Contact support with the process ID.",
    transient: false,
  },
  "702": {
    title: "No data found",
    explanation: "Marketo found nothing for the request.",
    fix: "Nothing to do.",
    transient: false,
  },
  "703": {
    title: "Feature not enabled",
    explanation: "A Marketo feature we need is not enabled on the subscription.",
    fix: "Ask your Marketo administrator or Adobe to enable custom objects.",
    transient: false,
  },
  "709": {
    title: "Blocked by a Marketo rule",
    explanation: "Marketo refused the change because of one of its business rules.",
    fix: "Read Marketo's message in the row; if it is unclear, contact support with the process ID.",
    transient: false,
  },
  "713": {
    title: "Marketo transient error",
    explanation: "Marketo had a passing problem.",
    fix: "Nothing to change: replay the record, or wait for the next run.",
    transient: true,
  },
  "1001": {
    title: "Invalid value",
    explanation: "A value did not match the type of its Marketo field.",
    fix: "Compare the field's type in Marketo with the field table in the Setup guide; change the field type if it differs.",
    transient: false,
  },
  "1002": {
    title: "Required value missing",
    explanation: "A field that Marketo requires had no value.",
    fix: "Make the field optional in Marketo, or contact support if it is one of the dedupe fields.",
    transient: false,
  },
  "1003": {
    title: "Invalid data",
    explanation: "Marketo refused the data of this record.",
    fix: "Read Marketo's message in the row. Often a field type differs from the Setup guide's field table.",
    transient: false,
  },
  "1004": {
    title: "Person not found in Marketo",
    explanation: "The record points at a Marketo person who does not exist (any more), so Marketo could not link it.",
    fix: "Check that the person was not deleted or merged in Marketo, then replay the record.",
    transient: true,
  },
  "1005": {
    title: "Person already exists",
    explanation: "We tried to create a person that Marketo already has; we then looked them up again.",
    fix: "Nothing to do unless the record also failed: then replay it.",
    transient: true,
  },
  "1006": {
    title: "Field not found",
    explanation: "A field we wrote does not exist on the Marketo object (it may have been deleted or renamed).",
    fix: "Run Test Connection to refresh the list of fields, then replay the record.",
    transient: false,
  },
  "1007": {
    title: "Several people match",
    explanation: "More than one Marketo person has this email address, so Marketo could not tell which one to use.",
    fix: "Merge the duplicate people in Marketo, then replay the record.",
    transient: false,
  },
  "1008": {
    title: "Partition access denied",
    explanation: "The API user cannot write to the Marketo workspace or person partition of this person.",
    fix: "Give the API user access to the person's partition in Marketo Admin.",
    transient: false,
  },
  "1009": {
    title: "Partition name needed",
    explanation: "The instance uses person partitions and Marketo needed to be told which one to use.",
    fix: "Contact support with the process ID.",
    transient: false,
  },
  "1010": {
    title: "Partition update not allowed",
    explanation: "Marketo does not allow this person to be moved between partitions.",
    fix: "Contact support with the process ID.",
    transient: false,
  },
  "1011": {
    title: "Field not supported",
    explanation: "Marketo does not allow this field to be used this way.",
    fix: "Contact support with the process ID.",
    transient: false,
  },
  "1013": {
    title: "Object not found",
    explanation: "Marketo could not find the custom object or record.",
    fix: "Check that oN24Attendee_c exists and is approved, then run Test Connection.",
    transient: false,
  },
  "1014": {
    title: "Marketo could not create the record",
    explanation: "Marketo failed to create the record.",
    fix: "Replay the record; if it fails again, contact support with the process ID.",
    transient: true,
  },
  "1016": {
    title: "Too many imports",
    explanation: "Marketo is running too many imports at once.",
    fix: "Nothing to change: replay the record later.",
    transient: true,
  },
  "1017": {
    title: "Object already exists",
    explanation: "Marketo already has this record.",
    fix: "Nothing to do unless the row also says failed: then replay it.",
    transient: false,
  },
  "1026": {
    title: "Custom objects not enabled",
    explanation: "The Marketo subscription does not include custom objects, which this integration needs.",
    fix: "Ask Adobe to enable custom objects for the subscription.",
    transient: false,
  },
  "1036": {
    title: "Duplicate in one batch",
    explanation: "The same person, event and registration appeared twice in one call to Marketo.",
    fix: "Nothing to change: replay the record.",
    transient: true,
  },
  "1049": {
    title: "Value too long",
    explanation: "A value was longer than Marketo allows for its field.",
    fix: "Make the field longer in Marketo (or a Text Area), then replay the record.",
    transient: false,
  },
};
