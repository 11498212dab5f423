import { describe, expect, it } from "vitest";
import { latestWidget } from "./derive/widgets";
import { expectOk, mapFields } from "./__fixtures__/map-fields";

const MEETING = ["meetingconversionswidgetname", "meetingconversionswidgettype", "meetingconversionswidgetaction", "meetingconversionswidgetsubmittedtimestamp"];

describe("C7 single-slot widget groups", () => {
  it("writes every field of the group from the element with the latest submission", () => {
    const meetingconversions = [
      { widgetname: "Late", widgettype: "book_a_meeting", widgetaction: "https://late.example", widgetsubmittedtimestamp: "2016-01-02T10:00:00-07:00" },
      { widgetname: "Early", widgettype: "other", widgetaction: "https://early.example", widgetsubmittedtimestamp: "2016-01-01T10:00:00-07:00" },
    ];
    const { record } = expectOk(mapFields(MEETING, { meetingconversions }));
    expect(record).toMatchObject({
      meetingconversionswidgetname: "Late", meetingconversionswidgettype: "book_a_meeting",
      meetingconversionswidgetaction: "https://late.example", meetingconversionswidgetsubmittedtimestamp: "2016-01-02T17:00:00+00:00",
    });
  });

  it("never mixes elements: a missing attribute on the chosen element stays missing", () => {
    const democonversions = [
      { widgetname: "Old", widgettype: "request_a_demo", widgetsubmittedtimestamp: "2016-01-01T10:00:00-07:00" },
      { widgetname: "New", widgetsubmittedtimestamp: "2016-01-03T10:00:00-07:00" },
    ];
    const { record } = expectOk(mapFields(["democonversionswidgetname", "democonversionswidgettype"], { democonversions }));
    expect(record.democonversionswidgetname).toBe("New");
    expect(record).not.toHaveProperty("democonversionswidgettype");
  });

  it("breaks ties with the later element, ignores unreadable times, and falls back to the last element", () => {
    const t = "2016-01-01T10:00:00-07:00";
    expect(latestWidget([{ id: 1, widgetsubmittedtimestamp: t }, { id: 2, widgetsubmittedtimestamp: t }])?.id).toBe(2);
    expect(latestWidget([{ id: 1, widgetsubmittedtimestamp: t }, { id: 2, widgetsubmittedtimestamp: "bad" }])?.id).toBe(1);
    expect(latestWidget([{ id: 1 }, { id: 2, widgetsubmittedtimestamp: "bad" }])?.id).toBe(2);
    expect(latestWidget([])).toBeUndefined();
  });

  it("reads getpricing, contactus and freetrial from their own arrays", () => {
    const { record } = expectOk(
      mapFields(["getpricingwidgetname", "contactuswidgetname", "freetrialwidgetaction"], {
        getpricing: [{ widgetid: 7891, widgetname: "Price Quote 1" }],
        contactus: [{ widgetname: "Contact us 1" }],
        freetrial: [{ widgetaction: "john.doe@on24.com" }],
      }),
    );
    expect(record).toMatchObject({ getpricingwidgetname: "Price Quote 1", contactuswidgetname: "Contact us 1", freetrialwidgetaction: "john.doe@on24.com" });
  });
});
