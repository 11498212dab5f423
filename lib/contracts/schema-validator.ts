import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

export type JsonSchema = Record<string, unknown>;

/**
 * Ajv set up for OpenAPI/Swagger schemas: `strict: false` because the documents carry keywords JSON Schema
 * does not know (`example`, `xml`, Swagger's string `discriminator`), `allErrors` so one check lists every problem.
 */
export function createAjv(options: { coerceTypes?: boolean } = {}): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: options.coerceTypes ?? false });
  addFormats(ajv);
  // swagger-identity.json declares `format: "string"` on plain string parameters; it constrains nothing.
  ajv.addFormat("string", true);
  return ajv;
}

/** Turns Ajv errors into one readable line each, prefixed with what was validated ("response body", "query batchSize"). */
export function describeErrors(label: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const where = `${label}${error.instancePath.replaceAll("/", ".")}`;
    if (error.keyword === "enum") {
      return `${where} ${error.message}: ${JSON.stringify((error.params as { allowedValues: unknown[] }).allowedValues)}`;
    }
    return `${where} ${error.message}`;
  });
}

export function validateWith(validate: ValidateFunction, label: string, data: unknown): string[] {
  return validate(data) ? [] : describeErrors(label, validate.errors);
}
