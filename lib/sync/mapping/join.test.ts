import { describe, expect, it } from "vitest";
import { indexRegistrants, joinAttendeeToRegistrant } from "./join";

const registrants = [
  { eventid: 311512, eventuserid: 49502149, email: "Ada@Example.com", firstname: "Ada" },
  { eventid: "311512", eventuserid: "50000000", email: "grace@example.com", firstname: "Grace" },
  { eventid: 999, eventuserid: 1, email: "ada@example.com", firstname: "Other event" },
];

describe("joinAttendeeToRegistrant", () => {
  it("joins on (eventid, eventuserid) whatever JSON type the ids arrived as", () => {
    expect(joinAttendeeToRegistrant({ eventid: "311512", eventuserid: 50000000, email: "x@y.z" }, registrants)?.firstname).toBe("Grace");
  });

  it("falls back to (eventid, lower-cased email) when eventuserid does not match", () => {
    expect(joinAttendeeToRegistrant({ eventid: 311512, eventuserid: 1234, email: " ADA@example.COM " }, registrants)?.firstname).toBe("Ada");
  });

  it("never joins across events", () => {
    expect(joinAttendeeToRegistrant({ eventid: 42, eventuserid: 49502149, email: "ada@example.com" }, registrants)).toBeUndefined();
  });

  it("uses the response's eventid for event-level records that carry none", () => {
    const eventLevel = [{ eventuserid: 7, email: "e@x.io", firstname: "Eve" }];
    expect(joinAttendeeToRegistrant({ eventuserid: 7 }, eventLevel, 311512)?.firstname).toBe("Eve");
    expect(joinAttendeeToRegistrant({ eventuserid: 7 }, eventLevel)).toBeUndefined();
  });

  it("indexes a page once and answers many lookups", () => {
    const index = indexRegistrants(registrants);
    expect(index.find({ eventid: 999, eventuserid: 1 })?.firstname).toBe("Other event");
    expect(index.find({ eventid: 311512, eventuserid: 49502149 })?.firstname).toBe("Ada");
  });
});
