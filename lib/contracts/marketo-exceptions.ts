import type { JsonSchema } from "./schema-validator";

/**
 * Named places where swagger-mapi.json and Marketo's documented traffic disagree (evidence:
 * ../shared/reference/marketo/README.md and the developer guides). Each exception relaxes one `required` list of
 * one definition and nothing else: types, enums and the other required fields stay checked.
 */
export type DocumentView = "request" | "response";

type Exception = { definition: string | RegExp; view: DocumentView; keepOnly?: string[]; drop?: string[]; why: string };

// Every exception concerns swagger-mapi.json; swagger-identity.json's ResponseOfIdentity is a plain token reply.
const EXCEPTIONS_DOCUMENT = "mapi";

export const MARKETO_EXCEPTIONS: Exception[] = [
  {
    definition: /^ResponseOf|^ResponseWithoutResult$/,
    view: "response",
    keepOnly: ["requestId", "success"],
    why: "every envelope requires errors, result and warnings, but successes omit errors/warnings and failures omit result (error-codes.md, every guide example)",
  },
  {
    definition: "CustomObject",
    view: "request",
    drop: ["marketoGUID", "seq"],
    why: "records sent in a custom-object sync carry neither; the model's own text says seq 'should not be submitted'",
  },
  {
    definition: "CustomObject",
    view: "response",
    drop: ["marketoGUID"],
    why: "skipped per-record results carry seq and reasons but no marketoGUID (custom-objects.md)",
  },
  {
    definition: "ObjectMetaData",
    view: "response",
    drop: ["apiName", "pluralName", "status", "version"],
    why: "the guide's describe response has none of these (it says name); status is not even a declared property (state is)",
  },
  {
    definition: "ObjectRelation",
    view: "response",
    drop: ["relatedTo"],
    why: "the guide's describe example names the related object `object`, not `relatedTo`",
  },
];

/** A deep copy of the definitions with the exceptions for one view applied. */
export function definitionsFor(
  document: string, definitions: Record<string, JsonSchema>, view: DocumentView,
): Record<string, JsonSchema> {
  const copy = structuredClone(definitions);
  if (document !== EXCEPTIONS_DOCUMENT) return copy;
  for (const [name, schema] of Object.entries(copy)) {
    for (const ex of MARKETO_EXCEPTIONS) {
      if (ex.view !== view) continue;
      if (typeof ex.definition === "string" ? ex.definition !== name : !ex.definition.test(name)) continue;
      const required = (schema.required as string[] | undefined) ?? [];
      const kept = required.filter((f) => (ex.keepOnly ? ex.keepOnly.includes(f) : !ex.drop?.includes(f)));
      if (kept.length > 0) schema.required = kept;
      else delete schema.required;
    }
  }
  return copy;
}
