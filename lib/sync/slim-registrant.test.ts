import { describe, expect, it } from "vitest";
import { mapAttendeePass } from "@/lib/sync/mapping/attendee-pass";
import { mapLeadForCreate } from "@/lib/sync/mapping/lead-create";
import { describeWith } from "@/lib/sync/mapping/__fixtures__/describes";
import attendees from "@/lib/sync/mapping/__fixtures__/AnalyticsClientLevel.Attendees__elite-account.json";
import registrants from "@/lib/sync/mapping/__fixtures__/AnalyticsClientLevel.Registrants__default.json";
import { REGISTRANT_KEYS, slimRegistrant } from "./slim-registrant";

describe("slim registrants", () => {
  it("map an attendee and create a person exactly as the full registrant does, for an object with every field", () => {
    const describe = describeWith();
    const attendee = attendees.attendees[0];
    const full = { ...registrants.registrants[0], eventid: attendee.eventid, eventuserid: attendee.eventuserid, std1: "Email", std2: "Yes" };
    const slim = slimRegistrant(full, String(attendee.eventid));
    expect(Object.keys(slim).length).toBeLessThan(Object.keys(full).length);
    const common = { describe, region: "na" as const, leadId: 7, attendee, event: { eventid: attendee.eventid, description: "Webinar" } };
    expect(mapAttendeePass({ ...common, registrant: slim })).toEqual(mapAttendeePass({ ...common, registrant: full }));
    expect(mapLeadForCreate({ registrant: slim, attendee })).toEqual(mapLeadForCreate({ registrant: full, attendee }));
  });

  it("keeps the join keys and drops blank values", () => {
    expect(REGISTRANT_KEYS).toEqual(expect.arrayContaining(["eventid", "eventuserid", "email", "createtimestamp", "std10", "firstname", "userprofileurl"]));
    expect(slimRegistrant({ eventuserid: "5", email: "a@b.example", std4: "", company: " " }, "9")).toEqual({ eventid: "9", eventuserid: "5", email: "a@b.example" });
  });
});
