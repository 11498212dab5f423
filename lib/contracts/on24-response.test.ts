import { describe, expect, it } from "vitest";
import { readDocument } from "./documents";
import { checkOn24Response, checkOn24ResponseShape } from "./on24";

type IndexEntry = { file: string; operationId: string };
const index = (readDocument("on24/examples/_index.json") as { examples: IndexEntry[] }).examples;
const example = (file: string) => structuredClone(readDocument(`on24/examples/${file}`)) as Record<string, unknown>;
const REGISTRANTS = "AnalyticsClientLevel.Registrants";
const registrants = () => example("AnalyticsClientLevel.Registrants__default.json") as { registrants: Record<string, unknown>[] };

describe("checkOn24ResponseShape", () => {
  it.each(index.map((e) => [e.file.replace("examples/", ""), e.operationId]))("accepts the document's example %s", (file, op) => {
    expect(checkOn24ResponseShape(op, readDocument(`on24/examples/${file}`))).toEqual([]);
  });

  it("accepts the documented id inconsistency (ids as strings), nulls, a subset of record keys and an empty page", () => {
    const body = registrants();
    body.registrants[0].eventuserid = String(body.registrants[0].eventuserid);
    body.registrants[0].company = null;
    delete body.registrants[0].std1;
    expect(checkOn24ResponseShape(REGISTRANTS, body)).toEqual([]);
    expect(checkOn24ResponseShape(REGISTRANTS, { ...body, registrants: [] })).toEqual([]);
  });

  it("takes the union of an operation's examples: a Virtual Environment key is fine on any attendee", () => {
    const body = example("AnalyticsClientLevel.Attendees__elite-account.json") as { attendees: Record<string, unknown>[] };
    const ve = example("AnalyticsClientLevel.Attendees__ve-account.json") as { attendees: Record<string, unknown>[] };
    const veOnly = Object.keys(ve.attendees[0]).find((k) => !(k in body.attendees[0]))!;
    body.attendees[0][veOnly] = ve.attendees[0][veOnly];
    expect(checkOn24ResponseShape("GET /client/{clientId}/attendee", body)).toEqual([]);
  });

  it("rejects a wrong type, an unknown record key and a missing top-level key", () => {
    const body = registrants() as Record<string, unknown> & { registrants: Record<string, unknown>[] };
    body.totalregistrants = "1";
    body.registrants[0].email = 42;
    body.registrants[0].first_name = "Jane";
    delete body.pagecount;
    expect(checkOn24ResponseShape(REGISTRANTS, body).sort()).toEqual([
      "body.registrants[].email: got number, the examples have string",
      "body.registrants[].first_name: key not in the examples",
      "body.totalregistrants: got string, the examples have number",
      'missing top-level key "pagecount"',
    ]);
  });

  it("rejects a nested record of the wrong shape (polls inside an attendee)", () => {
    const body = example("AnalyticsClientLevel.Attendees__elite-account.json") as { attendees: { polls: unknown }[] };
    body.attendees[0].polls = { pollid: 1 };
    expect(checkOn24ResponseShape("AnalyticsClientLevel.Attendees", body)).toEqual([
      "body.attendees[].polls: got object, the examples have array",
    ]);
  });

  it("names an unknown operation and an operation without examples instead of passing", () => {
    expect(checkOn24ResponseShape("Nope.Nothing", {})).toEqual(['unknown ON24 operation "Nope.Nothing"']);
    expect(checkOn24ResponseShape("Helpers.RetrieveLanguageCodes", {})).toEqual([
      "ON24's document has no example response for Helpers.RetrieveLanguageCodes: its shape cannot be checked",
    ]);
  });
});

describe("checkOn24Response", () => {
  const req = { method: "GET", url: "https://api.on24.com/v2/client/15448/registrant", headers: {} };

  it("checks 200 bodies by shape", () => {
    expect(checkOn24Response(req, 200, registrants())).toEqual([]);
    expect(checkOn24Response(req, 200, { ...registrants(), currentpage: "0" })).toHaveLength(1);
  });

  it("accepts declared error statuses with ON24's {message} body, and 429", () => {
    expect(checkOn24Response(req, 401, { message: "AccessTokenKey and AccessTokenSecret are wrong or invalid." })).toEqual([]);
    expect(checkOn24Response(req, 403, { message: "You have reached the maximum number of calls for this api." })).toEqual([]);
    expect(checkOn24Response(req, 429, { message: "Too many requests" })).toEqual([]);
  });

  it("rejects an undeclared status and an error without a message", () => {
    expect(checkOn24Response(req, 409, { message: "x" })).toEqual([
      "status 409 is not declared for AnalyticsClientLevel.Registrants (declared: 200, 400, 401, 403, 404)",
    ]);
    expect(checkOn24Response(req, 404, { error: "not found" })).toEqual([
      'AnalyticsClientLevel.Registrants 404: error body must be {"message": string}',
    ]);
  });

  it("has nothing to check when no response arrived (status 0)", () => {
    expect(checkOn24Response(req, 0, undefined)).toEqual([]);
  });
});
