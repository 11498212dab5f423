// Describe results for tests, built from the field table the way a careful tenant would create the object.
import { ATTENDEE_FIELDS } from "@/lib/sync/fields/attendee-fields";
import type { AttendeeFieldSpec } from "@/lib/sync/fields/field-spec";
import type { CustomObjectDescribe, DescribeField } from "../types";

export function tableField(spec: AttendeeFieldSpec, idType: "integer" | "string" = "string"): DescribeField {
  const dataType = spec.marketoType === "id" ? idType : spec.marketoType;
  const length = dataType === "string" || dataType === "text" || dataType === "email" ? spec.maxLength ?? 255 : undefined;
  return { name: spec.apiName, displayName: spec.displayName, dataType, ...(length ? { length } : {}), updateable: !spec.dedupe };
}

/** Every table field (more than Marketo's 50 allow, which is fine for mapping tests). */
export function describeWith(
  fields: readonly DescribeField[] = ATTENDEE_FIELDS.map((s) => tableField(s)),
  extra: Partial<CustomObjectDescribe> = {},
): CustomObjectDescribe {
  return {
    name: "oN24Attendee_c",
    idField: "marketoGUID",
    dedupeFields: ["personid", "eventid", "eventuserid"],
    relationships: [{ field: "personid", type: "parent", relatedTo: { name: "Lead", field: "Id" } }],
    fields: [
      { name: "marketoGUID", dataType: "string", length: 36, updateable: false },
      ...fields,
      { name: "createdAt", dataType: "datetime", updateable: false },
      { name: "updatedAt", dataType: "datetime", updateable: false },
    ],
    ...extra,
  };
}

export function fieldsNamed(names: readonly string[], idType: "integer" | "string" = "string"): DescribeField[] {
  return names.map((name) => {
    const spec = ATTENDEE_FIELDS.find((s) => s.apiName === name);
    if (!spec) throw new Error(`No table field ${name}`);
    return tableField(spec, idType);
  });
}
