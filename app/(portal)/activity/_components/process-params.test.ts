import { describe, expect, it } from "vitest";
import { parseProcessParams } from "./process-params";

describe("parseProcessParams", () => {
  it("reads outcome and code filters, search, sort and page", () => {
    expect(parseProcessParams({ outcome: "failed,bogus", code: "1004,person_not_found,1004,'; drop", q: " ada ", sort: "email.desc", page: "2" })).toMatchObject({
      outcomes: ["failed"],
      codes: ["1004", "person_not_found"],
      q: "ada",
      sort: { id: "email", desc: true },
      page: 2,
      offset: 25,
    });
  });

  it("defaults to the records in the order they were handled", () => {
    expect(parseProcessParams({})).toMatchObject({ outcomes: [], codes: [], q: "", sort: { id: "id", desc: false }, page: 1 });
  });
});
