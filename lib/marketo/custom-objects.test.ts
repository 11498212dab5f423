import { describe, expect, it } from "vitest";
import { mergeByDedupeKey, ON24_DEDUPE_FIELDS } from "./custom-objects";

describe("mergeByDedupeKey", () => {
  it("merges records sharing personid+eventid+eventuserid, later values winning, in first-seen order", () => {
    const groups = mergeByDedupeKey(
      [
        { personid: 1, eventid: "10", eventuserid: "100", liveminutes: 5, campaigncode: "A" },
        { personid: 2, eventid: "10", eventuserid: "200", liveminutes: 1 },
        { personid: 1, eventid: 10, eventuserid: 100, liveminutes: 7 },
      ],
      ON24_DEDUPE_FIELDS,
    );
    expect(groups).toEqual([
      { indices: [0, 2], record: { personid: 1, eventid: 10, eventuserid: 100, liveminutes: 7, campaigncode: "A" } },
      { indices: [1], record: { personid: 2, eventid: "10", eventuserid: "200", liveminutes: 1 } },
    ]);
  });

  it("leaves a record missing part of its key alone, so Marketo reports it", () => {
    const groups = mergeByDedupeKey([{ personid: 1, eventid: "10" }, { personid: 1, eventid: "10" }], ON24_DEDUPE_FIELDS);
    expect(groups.map((g) => g.indices)).toEqual([[0], [1]]);
  });
});
