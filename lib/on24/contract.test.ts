import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkOn24Request, checkOn24Response } from "@/lib/contracts/on24";
import { recordingFetch } from "@/lib/contracts/recording-fetch";
import { startSandboxWithClient, type SandboxWithClient } from "@/lib/sandbox/on24/test-client";
import type { On24Client } from "./client";

/**
 * Every request the client sends, and every answer the simulator gives it, checked against ON24's own
 * OpenAPI document (paths, methods, parameter names and types, auth headers) and its example responses.
 */

const ANCHOR = Date.parse("2026-03-01T08:00:00Z");
const NOW = ANCHOR + 25 * 86_400_000; // every product has attendees by then
const WINDOW = { startDate: "2025-12-01", endDate: "2026-04-30" };

let env: SandboxWithClient;
const recorder = recordingFetch();
let client: On24Client;

async function drain<T>(pages: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const p of pages) out.push(p);
  return out;
}

beforeAll(async () => {
  env = await startSandboxWithClient({ anchor: ANCHOR, now: () => NOW, events: 8, registrantsPerEvent: 150 });
  client = env.client({ fetch: recorder.fetch, now: () => NOW });

  await client.verifyToken();
  await client.visibleContentTypes();
  const events = await client.listEvents({
    startDate: "2025-06-01",
    endDate: "2026-06-30",
    dateFilterMode: "livestart",
    itemsPerPage: 3,
  });
  for (const type of ["webcast", "gateway", "experience", "virtualenvironment"] as const)
    await client.listEvents({ contentType: type, includeInactive: true });
  for (const ev of events) {
    await client.getEvent(ev.eventid);
    const regs = await client.eventRegistrants(ev.eventid);
    await client.eventRegistrants(ev.eventid, { startDate: "2026-01-01", endDate: "2026-02-01", email: regs.records[0]?.email });
    await client.eventAttendees(ev.eventid, { startDate: "2026-01-01", endDate: "2026-04-01", lastActivity: true });
  }
  const registrants = (await drain(client.registrantPages(WINDOW))).flatMap((p) => p.records);
  const attendees = (await drain(client.attendeePages(WINDOW))).flatMap((p) => p.records);
  await drain(client.attendeePages(WINDOW, { realtimeOnly: true, itemsPerPage: 50 }));
  for (const r of registrants.slice(0, 5)) {
    await client.registrantByEmail(r.email!);
    await client.registrantByEmail(r.email!, { eventId: r.eventid });
  }
  for (const a of attendees.filter((_, i) => i % 40 === 0)) await client.attendeeByEmail(a.email!);
  await client.registrantByEmail("nobody@nowhere.example");
  await client.attendeeByEmail("nobody@nowhere.example");

  // Error answers go through the same checks.
  const sb = env.server.state;
  await client.getEvent(1).catch(() => undefined);
  await env.client({ fetch: recorder.fetch, tokenSecret: "wrong" }).verifyToken();
  await env.client({ fetch: recorder.fetch, clientId: "777" }).verifyToken();
  sb.faults.add({ type: "throttle", times: 1 });
  sb.faults.add({ type: "throttle", status: 429, times: 1 });
  await client.verifyToken();
});
afterAll(() => env.close());

describe("ON24 contract", () => {
  it("exercised every call the client makes", () => {
    const operations = new Set(env.calls.map((c) => c.operationId));
    expect(operations).toEqual(
      new Set([
        "AnalyticsClientLevel.SubClients",
        "AnalyticsClientLevel.Events",
        "AnalyticsEventLevel.MetadataAndUsage",
        "AnalyticsEventLevel.Registrants",
        "AnalyticsEventLevel.Attendees",
        "AnalyticsClientLevel.Registrants",
        "AnalyticsClientLevel.Attendees",
        "AnalyticsClientLevel.RegistrantByEmail",
        "AnalyticsClientLevel.AttendeeByEmail",
      ]),
    );
    // (5xx, timeouts and malformed bodies are faults outside the contract; client-errors.test.ts covers them.)
    expect(new Set(recorder.calls.map((c) => c.status))).toEqual(new Set([200, 401, 403, 404, 429]));
  });

  it("every request follows on24-openapi.json", () => {
    const violations = recorder.calls.flatMap((c) => checkOn24Request(c.request).map((v) => `${c.request.url}: ${v}`));
    expect(violations).toEqual([]);
    expect(recorder.calls.length).toBeGreaterThan(50);
  });

  it("every answer of the simulator matches the document's examples and error statuses", () => {
    const violations = recorder.calls.flatMap((c) =>
      checkOn24Response(c.request, c.status, c.body).map((v) => `${c.request.url} → ${c.status}: ${v}`),
    );
    expect([...new Set(violations)]).toEqual([]);
  });
});
