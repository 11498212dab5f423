import { describe, expect, it } from "vitest";
import { expectOk, mapFields } from "./__fixtures__/map-fields";

const POLL_FIELDS = ["poll1question", "poll1answer", "poll2question", "poll2answer", "poll3question", "poll3answer"];

describe("C6 first-N slots", () => {
  it("sorts polls by their own timestamp, earliest in slot 1, missing timestamps last", () => {
    const polls = [
      { pollquestion: "no time", pollanswers: ["c"] },
      { pollquestion: "late", pollsubmittedtimestamp: "2015-05-19T11:47:12-07:00", pollanswers: ["b"] },
      { pollquestion: "early", pollsubmittedtimestamp: "2015-05-19T11:45:12-07:00", pollanswers: ["a"] },
    ];
    const { record } = expectOk(mapFields(POLL_FIELDS, { polls }));
    expect([record.poll1question, record.poll2question, record.poll3question]).toEqual(["early", "late", "no time"]);
    expect([record.poll1answer, record.poll2answer, record.poll3answer]).toEqual(["a", "b", "c"]);
  });

  it("keeps ON24's order for equal timestamps (stable sort)", () => {
    const at = "2015-05-19T11:45:12-07:00";
    const polls = [{ pollquestion: "first", pollsubmittedtimestamp: at }, { pollquestion: "second", pollsubmittedtimestamp: at }];
    const { record } = expectOk(mapFields(POLL_FIELDS, { polls }));
    expect([record.poll1question, record.poll2question]).toEqual(["first", "second"]);
  });

  it("joins poll answers with '; ', falling back to pollanswersdetail, skipping empties", () => {
    const polls = [
      { pollquestion: "q1", pollanswers: ["Webcasts", " ", "Video"] },
      { pollquestion: "q2", pollanswers: [], pollanswersdetail: [{ answer: "From detail" }, { answer: "" }] },
      { pollquestion: "q3" },
    ];
    const { record } = expectOk(mapFields(POLL_FIELDS, { polls }));
    expect(record.poll1answer).toBe("Webcasts; Video");
    expect(record.poll2answer).toBe("From detail");
    expect(record).not.toHaveProperty("poll3answer");
    expect(record.poll3question).toBe("q3");
  });

  it("cuts joined answers at an answer boundary", () => {
    const polls = [{ pollquestion: "q", pollanswers: ["a".repeat(1000), "b".repeat(600)] }];
    const result = expectOk(mapFields(["poll1answer"], { polls }));
    expect(result.record.poll1answer).toBe("a".repeat(1000));
    expect(result.warnings).toEqual([expect.objectContaining({ field: "poll1answer", code: "truncated" })]);
  });

  it("fills resources by view time, CTAs by date (name and date from one element)", () => {
    const resources = [
      { resourceviewed: "second", resourceviewedtimestamp: "2015-05-19T12:15:37-07:00" },
      { resourceviewed: "first", resourceviewedtimestamp: "2015-05-19T12:05:02-07:00" },
    ];
    const calltoactions = [
      { ctaname: "B", date: "2015-05-19T11:20:00-07:00" },
      { ctaname: "A", date: "2015-05-19T11:10:00-07:00" },
    ];
    const { record } = expectOk(mapFields(["resource1viewed", "resource2viewed", "ctaname1", "ctadate1", "ctaname2", "ctadate2"], { resources, calltoactions }));
    expect(record).toMatchObject({
      resource1viewed: "first", resource2viewed: "second",
      ctaname1: "A", ctadate1: "2015-05-19T18:10:00+00:00", ctaname2: "B", ctadate2: "2015-05-19T18:20:00+00:00",
    });
  });

  it("flattens surveys into question/answer pairs, surveys by submission time, questions in ON24 order", () => {
    const surveys = [
      { surveysubmittedtimestamp: "2015-05-19T11:51:12-07:00", surveyquestions: [{ surveyquestion: "S2Q1", surveyanswers: ["x"] }] },
      {
        surveysubmittedtimestamp: "2015-05-19T11:49:12-07:00",
        surveyquestions: [
          { surveyquestion: "S1Q1", surveyanswers: ["a", "b"] },
          { surveyquestion: "S1Q2", surveyanswers: [], surveyanswersdetail: [{ answer: "d" }] },
        ],
      },
    ];
    const { record } = expectOk(mapFields(["survey1question", "survey1answer", "survey2question", "survey2answer", "survey3question", "survey3answer"], { surveys }));
    expect(record).toMatchObject({ survey1question: "S1Q1", survey1answer: "a; b", survey2question: "S1Q2", survey2answer: "d", survey3question: "S2Q1", survey3answer: "x" });
  });

  it("keeps breakouts in ON24's array order and reads the string breakoutid as an integer", () => {
    const breakouts = [
      { breakoutid: "4816", breakoutname: "Room A", breakoutrole: "Attendee", breakoutcumulativeliveminutes: 15 },
      { breakoutid: "4817", breakoutname: "Room B", breakoutcumulativeliveminutes: "2.5" },
    ];
    const names = ["breakoutid1", "breakoutname1", "breakoutrole1", "breakoutcumulativeliveminutes1", "breakoutid2", "breakoutname2", "breakoutrole2", "breakoutcumulativeliveminutes2"];
    const { record } = expectOk(mapFields(names, { breakouts }));
    expect(record).toEqual(expect.objectContaining({
      breakoutid1: 4816, breakoutname1: "Room A", breakoutrole1: "Attendee", breakoutcumulativeliveminutes1: 15,
      breakoutid2: 4817, breakoutname2: "Room B", breakoutcumulativeliveminutes2: 2.5,
    }));
    expect(record).not.toHaveProperty("breakoutrole2");
  });

  it("does not fill slots beyond the elements ON24 sent", () => {
    const { record } = expectOk(mapFields(["resource1viewed", "resource2viewed"], { resources: [{ resourceviewed: "only" }] }));
    expect(record.resource1viewed).toBe("only");
    expect(record).not.toHaveProperty("resource2viewed");
  });
});
