// Test Connection checks on the object's key: dedupe fields, the link to the person, the id types.
// Dedupe and link fields can't be changed once Marketo approves an object, hence the "re-create" fixes.
import type { Region } from "@/db/schema";
import type { CustomObjectDescribe } from "@/lib/sync/mapping/types";
import { listWords, OBJECT_PATH, type Check } from "./check";
import { dataTypeLabel, dataTypeOf } from "./data-types";
import { allowedIdTypes } from "./type-compat";

const DEDUPE = ["personid", "eventid", "eventuserid"];
const ID_FIELDS = ["eventid", "eventuserid"];

const lower = (s: string) => s.trim().toLowerCase();

export function dedupeCheck(describe: CustomObjectDescribe): Check {
  const actual = (describe.dedupeFields ?? []).map(lower);
  const missing = DEDUPE.filter((name) => !actual.includes(name));
  const extra = (describe.dedupeFields ?? []).filter((name) => !DEDUPE.includes(lower(name)));
  const base = { id: "co-dedupe-fields", title: "Dedupe fields" };
  if (missing.length === 0 && extra.length === 0) {
    return { ...base, status: "pass", message: "The dedupe fields are personid, eventid and eventuserid, as ON24 needs." };
  }
  return {
    ...base,
    status: "fail",
    message:
      `The dedupe fields must be exactly personid, eventid and eventuserid; dedupe fields can't be changed after approval, ` +
      `so delete and re-create the object under ${OBJECT_PATH} with those three as its dedupe fields.`,
    details: [
      ...missing.map((name) => `${name} is not a dedupe field but must be one.`),
      ...extra.map((name) => `${name} is a dedupe field but must not be one.`),
    ],
  };
}

export function personLinkCheck(describe: CustomObjectDescribe): Check {
  const base = { id: "co-person-link", title: "Link to the person" };
  const link = (describe.relationships ?? []).find((r) => lower(r.field) === "personid");
  const target = link ? (link.relatedTo ?? link.object ?? null) : null;
  if (target && lower(target.name ?? "") === "lead" && lower(target.field ?? "") === "id") {
    return { ...base, status: "pass", message: "personid links each record to the person's Marketo ID." };
  }
  const found = target ? `it links to ${target.name ?? "?"} ${target.field ?? "?"}` : "it is not a link field";
  return {
    ...base,
    status: "fail",
    message:
      `personid must be a Link field to Person › ID, but ${found}; links can't be changed after approval, ` +
      `so re-create the object under ${OBJECT_PATH} with personid linked to Person › ID.`,
  };
}

/** The guide refuses Save while this fails; so does the portal (blocksSave). */
export function idTypeCheck(describe: CustomObjectDescribe, region: Region): Check {
  const allowed = allowedIdTypes(region);
  const regionName = region === "eu" ? "Europe and Global" : "North America";
  const allowedWords = listWords(allowed.map(dataTypeLabel), "or");
  const problems: string[] = [];
  const found: string[] = [];
  for (const name of ID_FIELDS) {
    const field = describe.fields.find((f) => lower(f.name) === name);
    if (!field) problems.push(`${name} is missing: add it as a dedupe field of type ${allowedWords}.`);
    else if (!allowed.includes(dataTypeOf(field))) problems.push(`${field.name} is ${dataTypeLabel(dataTypeOf(field))}: it must be ${allowedWords}.`);
    else found.push(`${field.name} is ${dataTypeLabel(dataTypeOf(field))}`);
  }
  const base = { id: "co-id-types", title: "eventid and eventuserid types" };
  if (problems.length === 0) {
    return { ...base, status: "pass", message: `${listWords(found)}, which ${regionName} ON24 accounts allow.` };
  }
  return {
    ...base,
    status: "fail",
    blocksSave: true,
    message:
      `${regionName} ON24 accounts need eventid and eventuserid to be ${allowedWords} fields, so Save is blocked ` +
      `until you re-create them that way under ${OBJECT_PATH} (dedupe fields can't be edited after approval).`,
    details: problems,
  };
}
