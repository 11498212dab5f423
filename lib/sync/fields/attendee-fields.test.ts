import { describe, expect, it } from "vitest";
import { hasSource } from "@/lib/sync/mapping/sources";
import { ATTENDEE_FIELDS } from "./attendee-fields";
import { VALUABLE_REASONS } from "./coverage-check";
import { LEAD_FIELDS } from "./lead-fields";

describe("generated field tables", () => {
  it("hold the seed's 110 custom-object fields with unique API names", () => {
    expect(ATTENDEE_FIELDS).toHaveLength(110);
    expect(new Set(ATTENDEE_FIELDS.map((f) => f.apiName)).size).toBe(110);
  });

  it("have exactly the three required dedupe fields", () => {
    expect(ATTENDEE_FIELDS.filter((f) => f.dedupe).map((f) => f.apiName)).toEqual(["personid", "eventid", "eventuserid"]);
    expect(ATTENDEE_FIELDS.filter((f) => f.required).map((f) => f.apiName)).toEqual(["personid", "eventid", "eventuserid"]);
  });

  it("limit the registrant pass to the fields MAPPING-NOTES §2 lists", () => {
    const expected = [
      "personid", "eventid", "eventuserid", "email", "registrationdate", "campaigncode", "sourcecampaigncode", "partnerref",
      ...Array.from({ length: 10 }, (_, i) => `custom${i + 1}`), "sourceeventid", "userprofileurl", "eventtitle",
    ];
    expect(ATTENDEE_FIELDS.filter((f) => f.registrantPass).map((f) => f.apiName).sort()).toEqual(expected.sort());
  });

  it("give every field a way to get its value (a path or a deriver), ids aside", () => {
    const missing = ATTENDEE_FIELDS.filter((f) => !f.dedupe && !hasSource(f)).map((f) => f.apiName);
    expect(missing).toEqual([]);
  });

  it("explain every valuable field", () => {
    for (const spec of ATTENDEE_FIELDS.filter((f) => f.valuable)) expect(VALUABLE_REASONS[spec.apiName]).toBeTruthy();
    expect(Object.keys(VALUABLE_REASONS).sort()).toEqual(ATTENDEE_FIELDS.filter((f) => f.valuable).map((f) => f.apiName).sort());
  });

  it("map the seed's 15 standard lead fields, leadSource and pEPURL__c", () => {
    expect(LEAD_FIELDS.map((f) => f.marketoField)).toEqual([
      "firstName", "lastName", "email", "company", "title", "address", "city", "state", "postalCode", "country", "phone",
      "industry", "numberOfEmployees", "leadRole", "leadSource", "pEPURL__c",
    ]);
  });
});
