// Lead fields from either describe endpoint: describe2 gives {name, updateable}, the older describe gives
// {rest: {name, readOnly}}. Fields with no REST name can't be written over the API and are dropped.

export interface LeadFieldInput {
  name?: string;
  rest?: { name?: string; readOnly?: boolean } | null;
  dataType: string;
  length?: number | null;
  updateable?: boolean;
}

export interface LeadFieldInfo {
  name: string;
  dataType: string;
  length: number | null;
  /** Undefined when the describe didn't say. */
  updateable: boolean | undefined;
}

export function normaliseLeadFields(fields: readonly LeadFieldInput[]): LeadFieldInfo[] {
  return fields.flatMap((f) => {
    const name = f.name ?? f.rest?.name;
    if (!name) return [];
    const updateable = f.updateable ?? (f.rest?.readOnly === undefined ? undefined : !f.rest.readOnly);
    const length = typeof f.length === "number" && f.length > 0 ? f.length : null;
    return [{ name, dataType: f.dataType.trim().toLowerCase(), length, updateable }];
  });
}

/** Case-insensitive, exact spelling preferred, as for the custom object. */
export function findLeadField(fields: readonly LeadFieldInfo[], name: string): LeadFieldInfo | undefined {
  return fields.find((f) => f.name === name) ?? fields.find((f) => f.name.toLowerCase() === name.toLowerCase());
}
