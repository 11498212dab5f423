import { describe, expect, it } from "vitest";
import { readDocument } from "@/lib/contracts/documents";
import { parseRecords } from "./records";
import { attendeeSchema, eventSchema, registrantByEmailSchema, registrantSchema } from "./schemas";

type Index = { examples: { file: string; operationId: string }[] };
const examples = (readDocument("on24/examples/_index.json") as Index).examples;
const bodies = (operationId: string) =>
  examples.filter((e) => e.operationId === operationId).map((e) => readDocument(`on24/${e.file}`) as Record<string, unknown>);

describe("ON24 record schemas against ON24's own examples", () => {
  it("parse every example registrant and attendee, with ids as strings and nothing lost", () => {
    const registrants = [
      ...bodies("AnalyticsClientLevel.Registrants").flatMap((b) => b.registrants as unknown[]),
      ...bodies("AnalyticsEventLevel.Registrants").flatMap((b) => b.registrants as unknown[]),
    ];
    const attendees = [
      ...bodies("AnalyticsClientLevel.Attendees").flatMap((b) => b.attendees as unknown[]),
      ...bodies("AnalyticsEventLevel.Attendees").flatMap((b) => b.attendees as unknown[]),
      ...bodies("AnalyticsClientLevel.AttendeeByEmail"),
    ];
    for (const [schema, items] of [
      [registrantSchema, registrants],
      [attendeeSchema, attendees],
    ] as const) {
      const { records, rejected } = parseRecords(schema, items);
      expect(rejected).toBe(0);
      records.forEach((record, i) => {
        expect(typeof record.eventuserid).toBe("string");
        // Loose objects: every key ON24 sent is still there for the mapping.
        expect(Object.keys(record).sort()).toEqual(Object.keys(items[i] as object).sort());
      });
    }
    expect(registrantByEmailSchema.parse(bodies("AnalyticsClientLevel.RegistrantByEmail")[0]).registrant.eventid).toBe("311512");
  });

  it("normalise the documented type inconsistencies", () => {
    const elite = attendeeSchema.parse((bodies("AnalyticsClientLevel.Attendees")[0].attendees as unknown[])[0]);
    expect(elite.calltoactions![0]).toMatchObject({ ctaid: "83970357", clicks: 3 });
    expect(elite.breakouts![0].breakoutid).toBe("4816");
    expect(elite.polls![0].pollid).toBe("29037545");
    expect(elite.surveys![0].surveyquestions![0].questioncode).toBe("110");
    const gateway = attendeeSchema.parse(bodies("AnalyticsClientLevel.AttendeeByEmail").find((b) => b.attendeesessions)!);
    expect(gateway.getpricing![0].widgetid).toBe("7891");
    const webcast = eventSchema.parse(bodies("AnalyticsEventLevel.MetadataAndUsage").find((b) => b.contenttype === "webcast"));
    expect(webcast).toMatchObject({ eventid: "10432146", istestevent: "falseCopy to clipboard", description: "New Webcast" });
  });

  it("drop a malformed optional value or array element instead of failing the record", () => {
    const record = registrantSchema.parse({
      eventuserid: 5,
      email: "a@b.example",
      zip: 2139,
      companysize: { odd: true },
      firstname: null,
    });
    expect(record).toMatchObject({ eventuserid: "5", zip: "2139", companysize: undefined, firstname: undefined });
    const attendee = attendeeSchema.parse({
      eventuserid: "9",
      liveminutes: "12",
      engagementscore: "n/a",
      polls: [1, { pollid: 3 }],
    });
    expect(attendee).toMatchObject({ liveminutes: 12, engagementscore: undefined, polls: [{ pollid: "3" }] });
  });

  it("set aside, and count, records without an eventuserid", () => {
    const { records, rejected } = parseRecords(registrantSchema, [
      { eventuserid: 1 },
      { email: "x@y.example" },
      "junk",
      { eventuserid: "" },
    ]);
    expect(records.map((r) => r.eventuserid)).toEqual(["1"]);
    expect(rejected).toBe(3);
  });
});
