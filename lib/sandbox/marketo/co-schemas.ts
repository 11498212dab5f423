import { SANDBOX_CUSTOM_OBJECT, type SchemaVariant } from "./constants";

/**
 * The `oN24Attendee_c` definitions the simulated instances can hold. Fields, types and lengths come
 * from reference/oN24Attendee_c-fields.tsv; a tenant defines only a subset (Marketo caps an object at
 * about 50 fields). Text fields the table sizes at 3,600 are described at 2,000, the custom-object text
 * limit of an Adobe release note, so length handling meets a describe that is stricter than the table.
 */

export type SandboxField = { name: string; dataType: string; length?: number; displayName?: string };

const s = (name: string, length = 255): SandboxField => ({ name, dataType: "string", length });
const t = (name: string, length = 2000): SandboxField => ({ name, dataType: "text", length });
const i = (name: string): SandboxField => ({ name, dataType: "integer" });
const f = (name: string): SandboxField => ({ name, dataType: "float" });
const d = (name: string): SandboxField => ({ name, dataType: "datetime" });

/** About 40 optional fields a real customer might have picked: attendance, engagement and the first slots. */
const REALISTIC_OPTIONAL: SandboxField[] = [
  { name: "email", dataType: "email", length: 255 },
  i("answeredpolls"), i("answersurveys"), i("archiveminutes"), i("archiveviewed"), i("askedquestions"),
  s("attendedarchive", 1), s("attendedlive", 1), d("registrationdate"), i("cumulativearchiveminutes"),
  s("campaigncode"), s("sourcecampaigncode"), s("eventtitle"),
  d("firstarchiveactivity"), d("firstliveactivity"), d("lastarchiveactivity"), d("lastliveactivity"),
  i("liveminutes"), f("engagementscore"), t("userquestionsandanswers"),
  s("ctaname1"), d("ctadate1"),
  t("poll1question"), t("poll1answer", 1500), t("poll2question"), t("poll2answer", 1500),
  t("resource1viewed", 1000), t("resource2viewed", 1000),
  t("survey1question"), t("survey1answer", 1500),
  i("totalresourcesviewed"), s("userprofileurl"), s("partnerref"),
  s("custom1"), s("custom2"), s("custom3"), s("sourceeventid"),
  i("breakoutid1"), s("breakoutname1"), t("locationvisited"),
  s("meetingconversionswidgetname"), d("meetingconversionswidgetsubmittedtimestamp"),
];

const SMALL_OPTIONAL: SandboxField[] = [
  { name: "email", dataType: "email", length: 255 },
  s("attendedlive", 1), s("attendedarchive", 1), d("registrationdate"), s("eventtitle"),
  i("liveminutes"), i("archiveminutes"), f("engagementscore"),
];

/** Wrong on purpose: a date for minutes, an integer for a float score, Y/N as boolean, codes cut to 20, an unknown field. */
const WRONG_OPTIONAL: SandboxField[] = [
  { name: "email", dataType: "email", length: 255 },
  { name: "liveminutes", dataType: "date" },
  i("engagementscore"),
  { name: "attendedlive", dataType: "boolean" },
  s("registrationdate", 10),
  s("campaigncode", 20),
  s("eventtitle", 40),
  s("archiveminutes"),
  s("webinarnotes__legacy"),
];

type Definition = { idType: "integer" | "string"; dedupe: string[]; optional: SandboxField[] };

export type SandboxObjectDefinition = { fields: SandboxField[]; dedupeFields: string[] };

/** Null for variants without a usable object (missing, access denied): the handler answers those itself. */
export function objectDefinition(variant: SchemaVariant): SandboxObjectDefinition | null {
  const definition = DEFINITIONS[variant];
  if (!definition) return null;
  const fields: SandboxField[] = [
    { name: "personid", dataType: "integer", displayName: "Person ID" },
    { name: "eventid", dataType: definition.idType, ...(definition.idType === "string" ? { length: 255 } : {}) },
    { name: "eventuserid", dataType: definition.idType, ...(definition.idType === "string" ? { length: 255 } : {}) },
    ...definition.optional,
  ];
  return { fields, dedupeFields: definition.dedupe };
}

const KEY = ["personid", "eventid", "eventuserid"];
const DEFINITIONS: Partial<Record<SchemaVariant, Definition>> = {
  realistic: { idType: "string", dedupe: KEY, optional: REALISTIC_OPTIONAL },
  "valid-na-integer": { idType: "integer", dedupe: KEY, optional: REALISTIC_OPTIONAL },
  "valid-string": { idType: "string", dedupe: KEY, optional: SMALL_OPTIONAL },
  "eu-integer": { idType: "integer", dedupe: KEY, optional: SMALL_OPTIONAL },
  "missing-dedupe": { idType: "string", dedupe: ["personid", "eventid"], optional: SMALL_OPTIONAL },
  "wrong-types": { idType: "string", dedupe: KEY, optional: WRONG_OPTIONAL },
};

const CREATED_AT = "2024-03-05T17:12:44Z";

function displayNameOf(field: SandboxField): string {
  return field.displayName ?? field.name.replace(/^./, (c) => c.toUpperCase());
}

/** The `result[0]` of `GET /rest/v1/customobjects/oN24Attendee_c/describe.json`, shaped as DEV/custom-objects shows. */
export function describeObject(definition: SandboxObjectDefinition): Record<string, unknown> {
  const dedupe = new Set(definition.dedupeFields);
  return {
    name: SANDBOX_CUSTOM_OBJECT,
    displayName: "ON24 Attendee",
    description: "ON24 registration and attendance, one record per person, event and registration",
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
    idField: "marketoGUID",
    dedupeFields: definition.dedupeFields,
    searchableFields: [definition.dedupeFields, ["marketoGUID"], ["personid"]],
    relationships: [{ field: "personid", type: "parent", relatedTo: { name: "Lead", field: "Id" } }],
    fields: [
      { name: "marketoGUID", displayName: "Marketo GUID", dataType: "string", length: 36, updateable: false, crmManaged: false },
      { name: "createdAt", displayName: "Created At", dataType: "datetime", updateable: false, crmManaged: false },
      { name: "updatedAt", displayName: "Updated At", dataType: "datetime", updateable: false, crmManaged: false },
      ...definition.fields.map((field) => ({
        name: field.name,
        displayName: displayNameOf(field),
        dataType: field.dataType,
        ...(field.length !== undefined ? { length: field.length } : {}),
        // Dedupe and link fields cannot change once a record exists (the guide's `vin` shows updateable:false).
        updateable: !dedupe.has(field.name),
        crmManaged: false,
      })),
    ],
  };
}
