import type { PepUrlVariant } from "./constants";

/**
 * Lead fields of a simulated instance: the standard fields the sync writes (reference/lead-fields.tsv)
 * plus the optional custom field `pEPURL__c`, which in real instances is usually synced from Salesforce.
 */

export type SandboxLeadField = {
  id: number;
  name: string;
  displayName: string;
  dataType: string;
  length?: number;
  updateable: boolean;
  crmManaged: boolean;
};

const STANDARD: Omit<SandboxLeadField, "crmManaged">[] = [
  { id: 1, name: "id", displayName: "Id", dataType: "integer", updateable: false },
  { id: 2, name: "company", displayName: "Company Name", dataType: "string", length: 255, updateable: true },
  { id: 3, name: "email", displayName: "Email Address", dataType: "email", length: 255, updateable: true },
  { id: 4, name: "firstName", displayName: "First Name", dataType: "string", length: 255, updateable: true },
  { id: 5, name: "lastName", displayName: "Last Name", dataType: "string", length: 255, updateable: true },
  { id: 6, name: "title", displayName: "Job Title", dataType: "string", length: 255, updateable: true },
  { id: 7, name: "address", displayName: "Address", dataType: "text", length: 255, updateable: true },
  { id: 8, name: "city", displayName: "City", dataType: "string", length: 255, updateable: true },
  { id: 9, name: "state", displayName: "State", dataType: "string", length: 255, updateable: true },
  { id: 10, name: "postalCode", displayName: "Postal Code", dataType: "string", length: 255, updateable: true },
  { id: 11, name: "country", displayName: "Country", dataType: "string", length: 255, updateable: true },
  { id: 12, name: "phone", displayName: "Phone Number", dataType: "phone", length: 255, updateable: true },
  { id: 13, name: "industry", displayName: "Industry", dataType: "string", length: 255, updateable: true },
  { id: 14, name: "numberOfEmployees", displayName: "Num Employees", dataType: "integer", updateable: true },
  { id: 15, name: "leadRole", displayName: "Role", dataType: "string", length: 255, updateable: true },
  { id: 16, name: "leadSource", displayName: "Person Source", dataType: "string", length: 255, updateable: true },
  { id: 17, name: "createdAt", displayName: "Created At", dataType: "datetime", updateable: false },
  { id: 18, name: "updatedAt", displayName: "Updated At", dataType: "datetime", updateable: false },
];

export function leadFields(pepUrl: PepUrlVariant): SandboxLeadField[] {
  const fields: SandboxLeadField[] = STANDARD.map((field) => ({ ...field, crmManaged: false }));
  if (pepUrl !== "absent") {
    fields.push({
      id: 1201,
      name: "pEPURL__c",
      displayName: "PEP URL",
      dataType: "url",
      length: 255,
      updateable: pepUrl === "updateable",
      crmManaged: true,
    });
  }
  return fields;
}

/** Describe Lead: `rest`/`soap` children carry the API name and whether the API may write it. */
export function describeLeadResult(fields: SandboxLeadField[]) {
  return fields.map((field) => ({
    id: field.id,
    displayName: field.displayName,
    dataType: field.dataType,
    ...(field.length !== undefined ? { length: field.length } : {}),
    rest: { name: field.name, readOnly: !field.updateable },
    soap: { name: field.name.replace(/^./, (c) => c.toUpperCase()), readOnly: !field.updateable },
  }));
}

/** Describe Lead2: searchable fields and the field list with `updateable`. */
export function describeLead2Result(fields: SandboxLeadField[]) {
  return [
    {
      name: "API Lead",
      searchableFields: [["email"], ["id"], ["cookies"], ["leadPartitionId"]],
      fields: fields.map(({ name, displayName, dataType, length, updateable, crmManaged }) => ({
        name,
        displayName,
        dataType,
        ...(length !== undefined ? { length } : {}),
        updateable,
        crmManaged,
      })),
    },
  ];
}
