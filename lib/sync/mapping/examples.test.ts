// Every ON24 example record (copied from ../shared/reference/on24/examples) maps without throwing.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeWith } from "./__fixtures__/describes";
import { mapAttendeePass } from "./attendee-pass";
import { joinAttendeeToRegistrant } from "./join";
import { mapLeadForCreate } from "./lead-create";
import { mapRegistrantPass } from "./registrant-pass";
import type { MapResult, On24Record } from "./types";

const DIR = path.join(import.meta.dirname, "__fixtures__");
const load = (file: string) => JSON.parse(readFileSync(path.join(DIR, file), "utf8")) as Record<string, unknown>;
const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));
const EVENT = load("AnalyticsEventLevel.MetadataAndUsage__when-content-type-is-webcast.json");
const DESCRIBE = describeWith();
const REGISTRANTS = files.filter((f) => f.includes("Registrant") || f.startsWith("Registration.")).flatMap((f) => recordsOf(load(f), "registrants"));

/** The response-level eventid of event-level endpoints. */
function eventIdOf(body: Record<string, unknown>): number | string | undefined {
  return typeof body.eventid === "number" || typeof body.eventid === "string" ? body.eventid : undefined;
}

/** A page's records, a by-email response's single record, or a {registrant: …} wrapper. */
function recordsOf(body: Record<string, unknown>, listKey: string): On24Record[] {
  if (Array.isArray(body[listKey])) return body[listKey] as On24Record[];
  if (typeof body.registrant === "object" && body.registrant) return [body.registrant as On24Record];
  return [body];
}

function expectClean(result: MapResult) {
  if (!result.ok) return;
  const allowed = new Set(DESCRIBE.fields.map((f) => f.name));
  for (const [key, value] of Object.entries(result.record)) {
    expect(allowed.has(key)).toBe(true);
    expect(typeof value === "number" ? Number.isFinite(value) : value.trim() !== "").toBe(true);
  }
}

describe("ON24 example records", () => {
  const attendeeFiles = files.filter((f) => /Attendee/.test(f));
  /** Client-level by-email gateway examples carry no eventid at all: the caller passes the one it asked for. */
  const withoutEventId = attendeeFiles.filter((f) => /ByEmail.*gateway/.test(f));

  function mapFile(file: string, eventId?: number): MapResult[] {
    const body = load(file);
    return recordsOf(body, "attendees").map((attendee) => {
      const registrant = joinAttendeeToRegistrant(attendee, REGISTRANTS, body.eventid);
      const result = mapAttendeePass({ describe: DESCRIBE, region: "na", leadId: 1001, attendee, registrant, event: EVENT, eventId: eventId ?? eventIdOf(body) });
      expectClean(result);
      return result;
    });
  }

  it("covers the attendee examples of every content type", () => {
    expect(attendeeFiles.length).toBe(19);
    expect(withoutEventId.length).toBe(2);
  });

  it.each(attendeeFiles.filter((f) => !withoutEventId.includes(f)))("maps %s", (file) => {
    for (const result of mapFile(file)) {
      expect(result.ok).toBe(true);
      if (result.ok) expect(["Y", "N"]).toContain(result.record.attendedlive);
    }
  });

  it.each(withoutEventId)("fails %s for its missing eventid, and maps it once the caller supplies one", (file) => {
    expect(mapFile(file).map((r) => (r.ok ? "ok" : r.code))).toEqual(["missing_event_id"]);
    expect(mapFile(file, 311513).map((r) => r.ok)).toEqual([true]);
  });

  it.each(files.filter((f) => f.includes("Registrant") || f.startsWith("Registration.")))("maps registrants and people from %s", (file) => {
    const body = load(file);
    for (const registrant of recordsOf(body, "registrants")) {
      const result = mapRegistrantPass({ describe: DESCRIBE, region: "eu", leadId: "1001", registrant, event: EVENT, eventId: eventIdOf(body) });
      expectClean(result);
      expect(result.ok).toBe(true);
      const lead = mapLeadForCreate({ registrant, event: EVENT });
      expect(lead.ok).toBe(true);
    }
  });
});
