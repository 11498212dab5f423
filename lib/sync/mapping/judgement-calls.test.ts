import { describe, expect, it } from "vitest";
import { expectOk, mapFields } from "./__fixtures__/map-fields";

const FLAGS = ["attendedlive", "attendedarchive"];

describe("MAPPING-NOTES §3 judgement calls", () => {
  it("1: attended flags are Y when minutes or views are above zero, counting absent or non-numeric as 0", () => {
    const flags = (attendee: Record<string, unknown>) => {
      const { record } = expectOk(mapFields(FLAGS, attendee));
      return [record.attendedlive, record.attendedarchive];
    };
    expect(flags({ liveminutes: 15, liveviewed: 1 })).toEqual(["Y", "N"]);
    expect(flags({ liveminutes: 0, archiveminutes: 32, archiveviewed: 13 })).toEqual(["N", "Y"]);
    expect(flags({ liveviewed: "2", archiveminutes: "lots" })).toEqual(["Y", "N"]);
    expect(flags({ firstliveactivity: "2015-05-19T11:01:42-07:00" })).toEqual(["N", "N"]);
  });

  it("2: eventtitle is the event's description, never eventname", () => {
    const event = { eventid: 10432146, eventname: "event Abstract", description: "New Webcast" };
    expect(expectOk(mapFields(["eventtitle"], {}, { event })).record.eventtitle).toBe("New Webcast");
    expect(expectOk(mapFields(["eventtitle"], {}, { event: { eventname: "only a name" } })).record).not.toHaveProperty("eventtitle");
  });

  it("3: totalresourcesviewed is resourcesdownloaded, else the distinct resources[] ids", () => {
    expect(expectOk(mapFields(["totalresourcesviewed"], { resourcesdownloaded: 2, resources: [{ resourceid: 1 }] })).record.totalresourcesviewed).toBe(2);
    const resources = [{ resourceid: 1 }, { resourceid: 1 }, { resourceid: "2" }];
    expect(expectOk(mapFields(["totalresourcesviewed"], { resources })).record.totalresourcesviewed).toBe(2);
    expect(expectOk(mapFields(["totalresourcesviewed"], {})).record).not.toHaveProperty("totalresourcesviewed");
  });

  it("4: answersurveys reads answeredsurveys (not answeredsurveyquestions); locationvisited ignores the locationsvisited count", () => {
    const { record } = expectOk(mapFields(["answersurveys", "locationvisited"], { answeredsurveys: 2, answeredsurveyquestions: 4, locationsvisited: 3 }));
    expect(record.answersurveys).toBe(2);
    expect(record).not.toHaveProperty("locationvisited");
  });

  it("5: userquestionsandanswers lists Q/A entries by question time, flattens newlines, marks unanswered", () => {
    const questions = [
      { createtimestamp: "2015-05-19T11:58:12-07:00", content: "Second\nquestion?", answer: { content: "Yes\r\n\tindeed", presentername: "Steve", privacy: "Private" } },
      { createtimestamp: "2015-05-19T11:55:12-07:00", content: "First?" },
      { content: "   " },
    ];
    const { record } = expectOk(mapFields(["userquestionsandanswers"], { questions }));
    expect(record.userquestionsandanswers).toBe("Q: First?\nA: Unanswered\n\nQ: Second question?\nA: Yes indeed");
  });

  it("5: adds whole Q/A entries until the limit, then stops with one warning", () => {
    const questions = Array.from({ length: 40 }, (_, i) => ({ createtimestamp: `2015-05-19T11:${String(10 + i).padStart(2, "0")}:00-07:00`, content: `${i} ${"q".repeat(90)}` }));
    const result = expectOk(mapFields(["userquestionsandanswers"], { questions }));
    const text = String(result.record.userquestionsandanswers);
    expect(Array.from(text).length).toBeLessThanOrEqual(3600);
    expect(text.endsWith("A: Unanswered")).toBe(true);
    expect(text.split("\n\n").every((entry) => /^Q: \d+ q{90}\nA: Unanswered$/.test(entry))).toBe(true);
    expect(result.warnings).toEqual([expect.objectContaining({ field: "userquestionsandanswers", code: "truncated" })]);
  });

  it("8: locationvisited joins the first 10 visits in ON24 order, name else code", () => {
    const locationvisits = [{ locationname: "Plaza" }, { locationcode: "hall" }, { locationname: "" }, ...Array.from({ length: 10 }, (_, i) => ({ locationname: `L${i}` }))];
    const { record } = expectOk(mapFields(["locationvisited"], { locationvisits }));
    expect(record.locationvisited).toBe("Plaza; hall; L0; L1; L2; L3; L4; L5; L6");
  });

  it("9: custom1–10 come from the joined registrant's std1–10, never the event's customeventfields", () => {
    const registrant = { eventid: 311512, eventuserid: 49502149, std1: "alpha", std10: "omega" };
    const event = { description: "E", customeventfields: [{ name: "custom2", value: "from event" }] };
    const { record } = expectOk(mapFields(["custom1", "custom2", "custom10"], {}, { registrant, event }));
    expect(record).toMatchObject({ custom1: "alpha", custom10: "omega" });
    expect(record).not.toHaveProperty("custom2");
  });

  it("10: partnerref prefers the registrant's, then the attendee's, never attendancepartnerref", () => {
    const attendee = { partnerref: "registered_partner", attendancepartnerref: "last_partner" };
    expect(expectOk(mapFields(["partnerref"], attendee, { registrant: { partnerref: "Ref1" } })).record.partnerref).toBe("Ref1");
    expect(expectOk(mapFields(["partnerref"], attendee)).record.partnerref).toBe("registered_partner");
    expect(expectOk(mapFields(["partnerref"], { attendancepartnerref: "last_partner" })).record).not.toHaveProperty("partnerref");
  });

  it("11: result codes pass through raw, top-level keys before the first array element", () => {
    const names = ["testwidgetresult", "certificationwidgetresult", "certificationcredit"];
    const top = expectOk(mapFields(names, { testwidgetresult: "P", certificationwidgetresult: "C", certificationcredit: "NR", testwidgets: [{ testwidgetresult: "F" }] }));
    expect(top.record).toMatchObject({ testwidgetresult: "P", certificationwidgetresult: "C", certificationcredit: "NR" });
    const nested = expectOk(mapFields(names, { testwidgets: [{ testwidgetresult: "F" }], certifications: [{ certificationresult: "X", certificationcredit: "2h" }] }));
    expect(nested.record).toMatchObject({ testwidgetresult: "F", certificationwidgetresult: "X", certificationcredit: "2h" });
  });

  it("14/registration: registrationdate is the registrant's createtimestamp, not lastactivity", () => {
    const registrant = { createtimestamp: "2017-09-26T13:38:36-07:00", lastactivity: "2018-01-01T00:00:00-08:00" };
    expect(expectOk(mapFields(["registrationdate"], {}, { registrant })).record.registrationdate).toBe("2017-09-26T20:38:36+00:00");
    expect(expectOk(mapFields(["registrationdate"], {})).record).not.toHaveProperty("registrationdate");
  });

  it("16: an invalid email such as a forgotten user's is left out with a warning", () => {
    const result = expectOk(mapFields(["email"], { email: "49502149-deleted" }));
    expect(result.record).not.toHaveProperty("email");
    expect(result.warnings).toEqual([expect.objectContaining({ field: "email", code: "invalid_email" })]);
  });

  it("campaign codes come from the attendee or registrant, never the event", () => {
    const event = { campaigncode: "campaignCode315" };
    expect(expectOk(mapFields(["campaigncode"], {}, { event })).record).not.toHaveProperty("campaigncode");
    expect(expectOk(mapFields(["campaigncode"], {}, { event, registrant: { campaigncode: "CMP-001" } })).record.campaigncode).toBe("CMP-001");
  });

  it("sourceeventid is written as the base-10 string of ON24's number", () => {
    expect(expectOk(mapFields(["sourceeventid"], { sourceeventid: 2141380 })).record.sourceeventid).toBe("2141380");
  });
});
