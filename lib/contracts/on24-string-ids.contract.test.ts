import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOn24Client, type On24Client } from "@/lib/on24/client";
import { SANDBOX_ON24_CLIENT_ID, SANDBOX_ON24_TOKEN_KEY, SANDBOX_ON24_TOKEN_SECRET } from "@/lib/sandbox/on24/constants";
import { startOn24SandboxServer, type On24SandboxServer } from "@/lib/sandbox/on24/server";
import { checkOn24Request, checkOn24Response } from "./on24";
import { matchOn24Path } from "./on24-document";
import { recordingFetch } from "./recording-fetch";
import type { RecordedCall } from "./types";

/**
 * lib/on24/contract.test.ts checks the client and the simulator on a numeric-id account. This adds the account
 * whose ids arrive as JSON strings (ON24 documents ids as either), so the id leniency of the shape check and the
 * client's requests built from string ids are exercised end to end, with the account-state error replies
 * (deactivated token, inactive client) the other test does not reach.
 */

// 5 events × 150 registrants: more than one 100-record page at client level, every product represented.
const SANDBOX_SIZE = { events: 5, registrantsPerEvent: 150 };
const DAY_MS = 86_400_000;

let server: On24SandboxServer;
// One recorder for every client below, so the checks see every call.
const recorder = recordingFetch();
const calls: RecordedCall[] = recorder.calls;

function clientFor(server: On24SandboxServer, overrides: { tokenSecret?: string } = {}): On24Client {
  return createOn24Client({
    clientId: SANDBOX_ON24_CLIENT_ID, tokenKey: SANDBOX_ON24_TOKEN_KEY, tokenSecret: overrides.tokenSecret ?? SANDBOX_ON24_TOKEN_SECRET,
    baseUrl: server.url, fetch: recorder.fetch, retry: { maxAttempts: 1 },
  });
}

async function exerciseEveryCall(server: On24SandboxServer): Promise<void> {
  const client = clientFor(server);
  const endDate = new Date().toISOString().slice(0, 10);
  const startDate = new Date(Date.now() - 59 * DAY_MS).toISOString().slice(0, 10);
  await client.verifyToken();
  await client.visibleContentTypes();
  const events = await client.listEvents({ startDate, endDate, dateFilterMode: "updated" });
  await client.listEvents({ startDate, endDate, contentType: "webcast" });
  for (const event of events) await client.getEvent(event.eventid);
  for await (const _page of client.registrantPages({ startDate, endDate })) void _page;
  for await (const _page of client.attendeePages({ startDate, endDate })) void _page;
  const registrants = await client.eventRegistrants(events[0].eventid);
  await client.eventRegistrants(events[0].eventid, { startDate, endDate });
  await client.eventAttendees(events[0].eventid);
  await client.eventAttendees(events[0].eventid, { startDate, endDate, lastActivity: true });
  const email = String(registrants.records[0].email);
  await client.registrantByEmail(email);
  await client.registrantByEmail(email, { eventId: events[0].eventid });
  await client.attendeeByEmail(email);
  await client.registrantByEmail("nobody@example.com");
}

async function exerciseErrorReplies(server: On24SandboxServer): Promise<void> {
  const ignore = () => undefined;
  await clientFor(server, { tokenSecret: "wrong" }).verifyToken();
  const client = clientFor(server);
  server.state.faults.add({ type: "throttle", afterCalls: 0, status: 403 });
  await client.verifyToken();
  server.state.faults.add({ type: "throttle", afterCalls: 0, status: 429 });
  await client.verifyToken();
  server.state.clientInactive = true;
  await client.listEvents().catch(ignore);
  server.state.clientInactive = false;
  server.state.tokenDeactivated = true;
  await client.verifyToken();
  server.state.tokenDeactivated = false;
}

beforeAll(async () => {
  server = await startOn24SandboxServer({ ...SANDBOX_SIZE, idsAsStrings: true });
  await exerciseEveryCall(server);
  await exerciseErrorReplies(server);
});

afterAll(() => server.close());

describe("ON24 contract on an account sending string ids (on24-openapi.json and its examples)", () => {
  it("exercised every operation the client uses, with string ids, and the error replies it handles", () => {
    const events = calls.find((c) => c.request.url.includes("/event?") && c.status === 200)?.body as { events: { eventid: unknown }[] };
    expect(typeof events.events[0].eventid).toBe("string");
    const operations = new Set(calls.map((c) => matchOn24Path(new URL(c.request.url).pathname)?.operations[0].id));
    expect([...operations].sort()).toEqual([
      "AnalyticsClientLevel.AttendeeByEmail", "AnalyticsClientLevel.Attendees", "AnalyticsClientLevel.Events",
      "AnalyticsClientLevel.RegistrantByEmail", "AnalyticsClientLevel.Registrants", "AnalyticsClientLevel.SubClients",
      "AnalyticsEventLevel.Attendees", "AnalyticsEventLevel.MetadataAndUsage", "AnalyticsEventLevel.Registrants",
    ]);
    expect(new Set(calls.map((c) => c.status))).toEqual(new Set([200, 401, 403, 404, 429]));
    expect(calls.filter((c) => c.request.url.includes("/registrant?") && c.request.url.includes("pageoffset=1"))).not.toHaveLength(0);
  });

  it("every request the client sent follows the document", () => {
    const violations = calls.flatMap((c) => checkOn24Request(c.request).map((v) => `${c.request.method} ${c.request.url}: ${v}`));
    expect(violations).toEqual([]);
  });

  it("every reply the simulator gave has a declared status and the shape of the document's examples", () => {
    const violations = calls.flatMap((c) =>
      checkOn24Response(c.request, c.status, c.body).map((v) => `${new URL(c.request.url).pathname} → ${c.status}: ${v}`),
    );
    expect([...new Set(violations)]).toEqual([]);
  });
});
