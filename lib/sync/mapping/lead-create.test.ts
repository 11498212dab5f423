import { describe, expect, it } from "vitest";
import regs from "./__fixtures__/AnalyticsClientLevel.Registrants__default.json";
import { mapLeadForCreate } from "./lead-create";
import { pepUrlChanged, pepUrlFor } from "./pep-url";

const REGISTRANT = regs.registrants[0];
const STANDARD = ["firstName", "lastName", "email", "company", "title", "address", "city", "state", "postalCode", "country", "phone", "industry", "numberOfEmployees", "leadRole", "leadSource"];
const describe2 = (extra: Record<string, unknown>[] = []) => [
  ...STANDARD.map((name) => ({ name, displayName: name, dataType: name === "numberOfEmployees" ? "string" : name === "email" ? "email" : "string", length: 255, updateable: true })),
  ...extra,
] as { name: string; dataType: string; length?: number; updateable?: boolean }[];

function lead(input: Parameters<typeof mapLeadForCreate>[0]) {
  const result = mapLeadForCreate(input);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("mapLeadForCreate", () => {
  it("maps the 15 standard fields with leadSource ON24, street line 1 only and the zip as a string", () => {
    const result = lead({ registrant: { ...REGISTRANT, zip: "02139" }, leadFields: describe2() });
    expect(result.lead).toEqual({
      firstName: "Alejandro", lastName: "XXXXXXXX", email: "xxxxxxxxxx@on24.com", company: "INT", title: "Developer",
      address: "XXXXX XX XXX", city: "Mountainview", state: "CA", postalCode: "02139", country: "United States",
      phone: "(123)-456-7890", industry: "Software", numberOfEmployees: "1 - 49", leadRole: "Manager", leadSource: "ON24",
    });
    expect(result.warnings).toEqual([]);
  });

  it("writes a range into an Integer numberOfEmployees only as a plain number", () => {
    const integerSize = describe2().map((f) => (f.name === "numberOfEmployees" ? { ...f, dataType: "integer" } : f));
    const ranged = lead({ registrant: REGISTRANT, leadFields: integerSize });
    expect(ranged.lead).not.toHaveProperty("numberOfEmployees");
    expect(ranged.warnings).toEqual([expect.objectContaining({ field: "numberOfEmployees", code: "invalid_number" })]);
    expect(lead({ registrant: { ...REGISTRANT, companysize: "1" }, leadFields: integerSize }).lead.numberOfEmployees).toBe(1);
    // Without a describe, Marketo's standard Integer type is assumed.
    expect(lead({ registrant: REGISTRANT }).lead).not.toHaveProperty("numberOfEmployees");
  });

  it("only writes fields the lead describe has, sent as it spells them, and cuts long text with a warning", () => {
    const fields = [{ name: "Email", dataType: "email", length: 255 }, { name: "FIRSTNAME", dataType: "string", length: 4 }];
    const result = lead({ registrant: REGISTRANT, leadFields: fields });
    expect(result.lead).toEqual({ Email: "xxxxxxxxxx@on24.com", FIRSTNAME: "Alej" });
    expect(result.warnings).toEqual([expect.objectContaining({ field: "FIRSTNAME", code: "truncated" })]);
  });

  it("never cuts a postal code", () => {
    const fields = describe2().map((f) => (f.name === "postalCode" ? { ...f, length: 3 } : f));
    const result = lead({ registrant: REGISTRANT, leadFields: fields });
    expect(result.lead).not.toHaveProperty("postalCode");
    expect(result.warnings).toEqual([expect.objectContaining({ field: "postalCode", code: "too_long" })]);
  });

  it("refuses an invalid or non-ASCII email", () => {
    for (const email of ["", "150174520-deleted", "jürgen@example.de", "a b@example.com"]) {
      expect(mapLeadForCreate({ registrant: { ...REGISTRANT, email } })).toMatchObject({ ok: false, code: "invalid_email" });
    }
  });

  it("adds pEPURL__c to the create payload when the field is writable", () => {
    const withPep = describe2([{ name: "pEPURL__c", dataType: "string", length: 255, updateable: true }]);
    expect(lead({ registrant: REGISTRANT, leadFields: withPep }).lead.pEPURL__c).toBe(REGISTRANT.userprofileurl);
    expect(lead({ registrant: REGISTRANT, leadFields: describe2() }).lead).not.toHaveProperty("pEPURL__c");
    expect(lead({ registrant: REGISTRANT }).lead).not.toHaveProperty("pEPURL__c");
  });
});

describe("pEPURL__c", () => {
  const pep = { name: "pepurl__C", dataType: "url", length: 255, updateable: true };

  it("uses the registrant's link, else the attendee's, under the describe's spelling", () => {
    expect(pepUrlFor({ registrant: REGISTRANT, leadFields: [pep] })).toEqual({ field: "pepurl__C", value: REGISTRANT.userprofileurl });
    expect(pepUrlFor({ registrant: {}, attendee: { userprofileurl: " https://x.example/p " }, leadFields: [pep] })).toEqual({ field: "pepurl__C", value: "https://x.example/p" });
  });

  it("is skipped when the field is missing or read-only, and for Virtual Conference", () => {
    expect(pepUrlFor({ registrant: REGISTRANT, leadFields: [] })).toEqual({});
    expect(pepUrlFor({ registrant: REGISTRANT, leadFields: [{ ...pep, updateable: false }] })).toEqual({});
    expect(pepUrlFor({ registrant: REGISTRANT, leadFields: [{ rest: { name: "pEPURL__c", readOnly: true }, dataType: "string" }] })).toEqual({});
    expect(pepUrlFor({ registrant: REGISTRANT, event: { contenttype: "virtualenvironment" }, leadFields: [pep] })).toEqual({});
  });

  it("is never cut: too long means left out with a warning", () => {
    const result = pepUrlFor({ registrant: REGISTRANT, leadFields: [{ ...pep, length: 20 }] });
    expect(result).toEqual({ warning: expect.objectContaining({ field: "pepurl__C", code: "too_long" }) });
  });

  it("reports a change only when the stored link differs", () => {
    expect(pepUrlChanged("https://a", "https://a")).toBe(false);
    expect(pepUrlChanged(null, "https://a")).toBe(true);
    expect(pepUrlChanged("https://b", "https://a")).toBe(true);
  });
});
