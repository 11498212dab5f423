import { describe, expect, it } from "vitest";
import { readDocument } from "./documents";
import { marketoOperations, marketoValidator } from "./marketo-document";
import { definitionsFor } from "./marketo-exceptions";
import { createAjv, validateWith, type JsonSchema } from "./schema-validator";

const definitions = (readDocument("marketo/swagger-mapi.json") as { definitions: Record<string, JsonSchema> }).definitions;

// Validates against the document exactly as published, to show what each named exception is for.
function validateRaw(definition: string, data: unknown, defs = definitions): string[] {
  const ajv = createAjv();
  ajv.addSchema({ $id: "raw", definitions: defs });
  return validateWith(ajv.compile({ $ref: `raw#/definitions/${definition}` }), "body", data);
}

describe("the named exceptions to swagger-mapi.json", () => {
  it("are needed: the published document rejects the guides' own success and skipped-record replies", () => {
    const skipped = { requestId: "e42b#14272d07d78", success: true, result: [{ seq: 2, status: "skipped", reasons: [{ code: "1004", message: "Lead not found" }] }] };
    expect(validateRaw("ResponseOfCustomObject", skipped)).toEqual([
      "body must have required property 'errors'",
      "body must have required property 'warnings'",
      "body.result.0 must have required property 'marketoGUID'",
    ]);
    expect(validateRaw("ResponseOfCustomObject", skipped, definitionsFor("mapi", definitions, "response"))).toEqual([]);
  });

  it("relax only the required lists they name", () => {
    const response = definitionsFor("mapi", definitions, "response");
    const request = definitionsFor("mapi", definitions, "request");
    expect(response.ResponseOfLead.required).toEqual(["requestId", "success"]);
    expect(response.CustomObject.required).toEqual(["seq"]);
    expect(request.CustomObject.required).toBeUndefined();
    expect(response.ObjectMetaData.required).toEqual(["createdAt", "dedupeFields", "description", "displayName", "fields", "idField", "relationships", "searchableFields", "updatedAt"]);
    expect(response.ObjectRelation.required).toEqual(["field", "type"]);
    expect(response.Reason).toEqual(definitions.Reason);
    expect(request.ResponseOfLead).toEqual(definitions.ResponseOfLead);
    expect(definitionsFor("identity", definitions, "response")).toEqual(definitions);
  });

  it("leave every body and response schema of both documents compilable, all $refs resolved", () => {
    let compiled = 0;
    for (const op of marketoOperations()) {
      const schemas = [op.body?.schema, ...Object.values(op.responses)].filter((s): s is JsonSchema => s !== undefined);
      for (const schema of schemas) {
        for (const view of ["request", "response"] as const) expect(typeof marketoValidator(op, schema, view)).toBe("function");
        compiled++;
      }
    }
    expect(marketoOperations().filter((op) => op.source === "identity")).toHaveLength(2);
    expect(compiled).toBe(200); // 149 operations: 147 in mapi, 2 in identity
  });
});
