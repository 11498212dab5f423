// Pure conversion of the reference TSV rows into field specs (used by generate.ts, tested on its own).
import { displayNameFor } from "./display-name";
import type { AttendeeFieldSpec, FieldGroup, LeadFieldSpec, MarketoType, SourcePath } from "./field-spec";

/** MAPPING-NOTES §2: the only fields the registrant pass writes. */
const REGISTRANT_PASS = new Set([
  "personid", "eventid", "eventuserid", "email", "registrationdate", "campaigncode", "sourcecampaigncode",
  "partnerref", "custom1", "custom2", "custom3", "custom4", "custom5", "custom6", "custom7", "custom8", "custom9",
  "custom10", "sourceeventid", "userprofileurl", "eventtitle",
]);

/** Suggested when missing: the guide's step-8 campaigns filter on the attended flags; the rest drive reporting. */
const VALUABLE = new Set([
  "attendedlive", "attendedarchive", "email", "eventtitle", "registrationdate", "liveminutes", "archiveminutes",
  "engagementscore", "userprofileurl",
]);

/** URLs and IDs stored as strings are never cut (C3); emails, links and ids are covered by their type. */
const NEVER_CUT = new Set(["userprofileurl", "sourceeventid"]);

const GROUPS: [RegExp, FieldGroup][] = [
  [/^(personid|eventid|eventuserid)$/, "key"],
  [/^email$/, "contact"],
  [/^(registrationdate|campaigncode|sourcecampaigncode|partnerref|custom\d+|sourceeventid|userprofileurl|eventtitle)$/, "registration"],
  [/^(attended(live|archive)|liveminutes|archiveminutes|archiveviewed|cumulativearchiveminutes|(first|last)(live|archive)activity)$/, "attendance"],
  [/^(engagementscore|answeredpolls|answersurveys|askedquestions|totalresourcesviewed)$/, "engagement"],
  [/^userquestionsandanswers$/, "questions"],
  [/^poll\d/, "polls"],
  [/^survey\d/, "surveys"],
  [/^resource\d/, "resources"],
  [/^cta/, "ctas"],
  [/^breakout/, "breakouts"],
  [/^locationvisited$/, "locations"],
  [/^(meetingconversions|democonversions|contactus|freetrial|getpricing)widget/, "widgets"],
  [/^(certification|testwidget)/, "certification"],
];

const MARKETO_TYPES: Record<string, MarketoType> = {
  link: "link", "integer|string by region": "id", email: "email", integer: "integer", float: "float",
  string: "string", text: "text", datetime: "datetime",
};

export type TsvRow = Record<string, string>;

export function parseTsv(text: string): TsvRow[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  const header = lines[0].split("\t");
  return lines.slice(1).map((line) => {
    const cells = line.split("\t");
    if (cells.length !== header.length) throw new Error(`TSV row has ${cells.length} cells, expected ${header.length}: ${line.slice(0, 60)}`);
    return Object.fromEntries(header.map((name, i) => [name, cells[i]]));
  });
}

export function attendeeSpecFromRow(row: TsvRow): AttendeeFieldSpec {
  const apiName = row.api_name;
  const marketoType = MARKETO_TYPES[row.marketo_type];
  if (!marketoType) throw new Error(`Unknown marketo_type "${row.marketo_type}" for ${apiName}`);
  const { maxLength, maxDigits } = parseSize(row.max_length, marketoType);
  const group = GROUPS.find(([pattern]) => pattern.test(apiName))?.[1];
  if (!group) throw new Error(`No group for ${apiName}`);
  const squashedSeed = row.field.replace(/\s+/g, "").toLowerCase();
  return {
    apiName,
    seedName: row.field,
    acceptedNames: [...new Set([apiName.toLowerCase(), squashedSeed])],
    displayName: displayNameFor(apiName),
    description: row.english_description,
    source: row.source,
    marketoType,
    maxLength,
    maxDigits,
    required: row.required === "Y",
    dedupe: row.dedupe === "Y",
    truncatable: !["email", "link", "id"].includes(marketoType) && !NEVER_CUT.has(apiName),
    registrantPass: REGISTRANT_PASS.has(apiName),
    group,
    valuable: VALUABLE.has(apiName),
    sourcePaths: parseSourcePaths(row.source),
  };
}

export function leadSpecFromRow(row: TsvRow): LeadFieldSpec {
  const sources = row.on24_api_field.startsWith("constant") ? [] : parseSourcePaths(row.on24_api_field);
  if (!sources) throw new Error(`Unreadable lead source "${row.on24_api_field}"`);
  return { seedName: row.on24_field_in_seed, sources, marketoField: row.marketo_lead_field, rule: row.rule };
}

/** "10|255" means 10 digits as an integer, 255 characters as a string. */
function parseSize(cell: string, type: MarketoType): { maxLength: number | null; maxDigits: number | null } {
  if (cell === "") return { maxLength: null, maxDigits: null };
  const [first, second] = cell.split("|").map(Number);
  if (type === "id") return { maxDigits: first, maxLength: second };
  if (type === "integer" || type === "link") return { maxDigits: first, maxLength: null };
  return { maxLength: first, maxDigits: null };
}

/** Plain `record.key[0].key | …` sources; anything with prose or sorting is derived in code (null). */
export function parseSourcePaths(source: string): SourcePath[] | null {
  const paths: SourcePath[] = [];
  for (const part of source.split(" | ")) {
    const match = /^(attendee|registrant|event)\.([a-z0-9_]+(?:\[\d+\])?(?:\.[a-z0-9_]+(?:\[\d+\])?)*)$/.exec(part.trim());
    if (!match) return null;
    const path = match[2].split(".").flatMap((seg) => {
      const indexed = /^([a-z0-9_]+)\[(\d+)\]$/.exec(seg);
      return indexed ? [indexed[1], Number(indexed[2])] : [seg];
    });
    paths.push({ record: match[1] as SourcePath["record"], path });
  }
  return paths;
}
