import type { JsonSchema } from "./schema-validator";

/** How a parameter's values arrive: one value, a repeated name (`multi`, `form`+explode) or comma-separated (`csv`). */
export type ArrayStyle = "multi" | "csv";

export type ParamSpec = {
  name: string;
  location: "query" | "path" | "header" | "formData" | "cookie";
  required: boolean;
  schema: JsonSchema;
  arrayStyle?: ArrayStyle;
};

export type Operation = {
  id: string;
  method: string;
  template: string;
  params: ParamSpec[];
  /** Swagger 2.0 `in: body` parameter (OpenAPI 3 request bodies are not checked: the ON24 calls are GETs). */
  body?: { schema: JsonSchema; required: boolean };
  consumes: string[];
  /** Response schema per status code ("default" included); `undefined` when the status is declared without one. */
  responses: Record<string, JsonSchema | undefined>;
};

type RawParam = Record<string, unknown> & { name: string; in: string; required?: boolean; schema?: JsonSchema };
type RawOperation = {
  operationId?: string;
  parameters?: RawParam[];
  consumes?: string[];
  responses?: Record<string, { schema?: JsonSchema; content?: Record<string, { schema?: JsonSchema }> }>;
};
type RawDocument = { swagger?: string; openapi?: string; consumes?: string[]; paths: Record<string, Record<string, unknown>> };

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
// Swagger 2.0 puts these JSON Schema keywords directly on a non-body parameter.
const SWAGGER2_PARAM_SCHEMA_KEYS = ["type", "format", "enum", "items", "minimum", "maximum", "exclusiveMinimum",
  "exclusiveMaximum", "minLength", "maxLength", "pattern", "minItems", "maxItems", "multipleOf"];

/** Flattens a Swagger 2.0 or OpenAPI 3.0 document into its operations, with parameters normalised to JSON Schema. */
export function listOperations(document: unknown): Operation[] {
  const doc = document as RawDocument;
  const isSwagger2 = doc.swagger === "2.0";
  const operations: Operation[] = [];
  for (const [template, pathItem] of Object.entries(doc.paths)) {
    const shared = (pathItem.parameters as RawParam[] | undefined) ?? [];
    for (const method of HTTP_METHODS) {
      const raw = pathItem[method] as RawOperation | undefined;
      if (!raw) continue;
      const rawParams = mergeParams(shared, raw.parameters ?? []);
      const bodyParam = rawParams.find((p) => p.in === "body");
      operations.push({
        id: raw.operationId ?? `${method.toUpperCase()} ${template}`,
        method: method.toUpperCase(),
        template,
        params: rawParams.filter((p) => p.in !== "body").map((p) => (isSwagger2 ? fromSwagger2(p) : fromOpenApi3(p))),
        body: bodyParam?.schema ? { schema: bodyParam.schema, required: bodyParam.required === true } : undefined,
        consumes: raw.consumes ?? doc.consumes ?? [],
        responses: Object.fromEntries(
          Object.entries(raw.responses ?? {}).map(([status, r]) => [status, r.schema ?? r.content?.["application/json"]?.schema]),
        ),
      });
    }
  }
  return operations;
}

function mergeParams(shared: RawParam[], own: RawParam[]): RawParam[] {
  const key = (p: RawParam) => `${p.in}:${p.name}`;
  const ownKeys = new Set(own.map(key));
  return [...shared.filter((p) => !ownKeys.has(key(p))), ...own];
}

function fromSwagger2(p: RawParam): ParamSpec {
  const schema: JsonSchema = {};
  for (const k of SWAGGER2_PARAM_SCHEMA_KEYS) if (p[k] !== undefined) schema[k] = p[k];
  if (schema.type === "file") delete schema.type; // multipart file parts are not JSON values
  const arrayStyle = schema.type === "array" ? (p.collectionFormat === "multi" ? "multi" : "csv") : undefined;
  return { name: p.name, location: p.in as ParamSpec["location"], required: p.required === true, schema, arrayStyle };
}

function fromOpenApi3(p: RawParam): ParamSpec {
  const schema = p.schema ?? {};
  // OpenAPI 3 query arrays default to style "form" with explode: repeated names.
  const arrayStyle = schema.type === "array" ? (p.explode === false ? "csv" : "multi") : undefined;
  return { name: p.name, location: p.in as ParamSpec["location"], required: p.required === true, schema, arrayStyle };
}
