import { describe, expect, it } from "vitest";
import { ADDED, recipesFor, UPDATED } from "./recipes";

describe("recipesFor", () => {
  it("with ON24 Registrants on: Registered at registration, attendance as updates or new records", () => {
    const recipes = recipesFor("4567890", { on24Registrants: true });
    expect(recipes.map((r) => r.status)).toEqual(["Registered", "Attended", "Attended On-demand"]);
    expect(recipes[0].triggers).toEqual([{ trigger: ADDED, constraints: [["eventid", "4567890"]] }]);
    expect(recipes[1].triggers).toEqual([
      { trigger: ADDED, constraints: [["eventid", "4567890"], ["attendedlive", "Y"]] },
      { trigger: UPDATED, constraints: [["Trigger attribute", "attendedlive"], ["New value", "Y"], ["eventid", "4567890"]] },
    ]);
    expect(recipes[2].triggers[0].constraints).toEqual([["eventid", "4567890"], ["attendedarchive", "Y"], ["attendedlive", "N"]]);
    expect(recipes[2].flow).toMatch(/Attended On-demand$/);
  });

  it("with ON24 Registrants off: records come only from attendance, so no Registered and no update trigger", () => {
    const recipes = recipesFor("1", { on24Registrants: false });
    expect(recipes.map((r) => r.status)).toEqual(["Attended", "Attended On-demand"]);
    expect(recipes.flatMap((r) => r.triggers.map((t) => t.trigger))).toEqual([ADDED, ADDED]);
  });
});
