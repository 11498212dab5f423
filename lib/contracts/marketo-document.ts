import type { ValidateFunction } from "ajv";
import { readDocument } from "./documents";
import { definitionsFor, type DocumentView } from "./marketo-exceptions";
import { listOperations, type Operation } from "./openapi-operations";
import { createPathMatcher, type PathMatch } from "./path-templates";
import { createAjv, type JsonSchema } from "./schema-validator";

// Both documents' paths already start at /rest, /bulk or /identity; anything before that is the host's mount
// (nothing on Marketo itself, /api/sandbox/marketo on the simulator).
const MARKETO_MOUNT_PREFIX = "(?:/.*)?";
const DOCUMENTS = { mapi: "marketo/swagger-mapi.json", identity: "marketo/swagger-identity.json" } as const;
// Ajv resolves `#/definitions/X` against these ids; they name schemas, nothing is fetched.
const SCHEMA_BASE = "https://contracts.invalid/marketo";

type Source = keyof typeof DOCUMENTS;
export type MarketoOperation = Operation & { source: Source };

let operations: MarketoOperation[] | undefined;
let matcher: ((pathname: string) => PathMatch<MarketoOperation> | undefined) | undefined;
const ajv = createAjv();
const registered = new Set<string>();
const compiled = new Map<JsonSchema, Map<DocumentView, ValidateFunction>>();

export function marketoOperations(): MarketoOperation[] {
  operations ??= (Object.keys(DOCUMENTS) as Source[]).flatMap((source) =>
    listOperations(readDocument(DOCUMENTS[source])).map((op) => ({ ...op, source })),
  );
  return operations;
}

export function matchMarketoPath(pathname: string): PathMatch<MarketoOperation> | undefined {
  matcher ??= createPathMatcher(marketoOperations(), MARKETO_MOUNT_PREFIX);
  return matcher(pathname);
}

/**
 * A validator for one schema taken from an operation (its body parameter or a response), with `$ref`s resolved
 * by Ajv against that document's definitions as seen by `view` (see marketo-exceptions.ts).
 */
export function marketoValidator(op: MarketoOperation, schema: JsonSchema, view: DocumentView): ValidateFunction {
  const byView = compiled.get(schema) ?? new Map<DocumentView, ValidateFunction>();
  compiled.set(schema, byView);
  let validate = byView.get(view);
  if (!validate) {
    const id = `${SCHEMA_BASE}/${op.source}-${view}.json`;
    if (!registered.has(id)) {
      const doc = readDocument(DOCUMENTS[op.source]) as { definitions: Record<string, JsonSchema> };
      ajv.addSchema({ $id: id, definitions: definitionsFor(op.source, doc.definitions, view) });
      registered.add(id);
    }
    validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/definitions/', `"${id}#/definitions/`)));
    byView.set(view, validate);
  }
  return validate;
}
