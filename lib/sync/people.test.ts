import { afterEach, describe, expect, it } from "vitest";
import type { ClientHooks } from "@/lib/connection/load";
import { pacificDay } from "@/lib/on24/pacific-time";
import { sandboxClientId } from "@/lib/sandbox/marketo/constants";
import { outcomeCounts, outcomesOf } from "./testing/outcomes";
import { startHarness, type Harness } from "./testing/harness";
import { registrantEmails, testOn24Client } from "./testing/seed-leads";
import { FIRST_RUN_LOOKBACK_MS } from "./windows";

const ACCOUNT = { seed: 5, events: 3, registrantsPerEvent: 40, pastDays: 6, futureDays: 1 };
const lookback = () => ({ startDate: pacificDay(Date.now() - FIRST_RUN_LOOKBACK_MS), endDate: pacificDay(Date.now()) });

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("people", () => {
  it("creates missing people with the mapped fields, leadSource ON24 and pEPURL__c, once each", async () => {
    h = await startHarness({ on24: ACCOUNT });
    const result = await h.run();
    const created = [...h.instance().leads.values()];
    expect(result.counts.leadsCreated).toBe(created.length);
    expect(new Set(created.map((l) => l.email!.toLowerCase())).size).toBe(created.length);
    const registrants = await registrantsByEmail(h);
    const urls = await profileUrls(h);
    for (const lead of created) {
      const r = registrants.get(lead.email!.toLowerCase());
      expect(r, lead.email!).toBeDefined();
      expect(lead).toMatchObject({ leadSource: "ON24", firstName: r!.firstname, lastName: r!.lastname, company: r!.company, title: r!.jobtitle, city: r!.city, country: r!.country, postalCode: r!.zip });
      // The profile link of one of the person's registrations (the first one the sync met).
      expect(urls.get(lead.email!.toLowerCase())).toContain(lead.pEPURL__c);
    }
  });

  it("links several leads with one email to the most recently updated one, with a warning", async () => {
    h = await startHarness({ on24: ACCOUNT });
    const [email] = await registrantEmails(h, lookback());
    const older = h.instance().addLead({ email, lastName: "Older", updatedAt: "2025-01-01T00:00:00Z" }, Date.now());
    const newer = h.instance().addLead({ email: email.toUpperCase(), lastName: "Newer", updatedAt: "2025-06-01T00:00:00Z" }, Date.now());
    const result = await h.run();
    const records = h.instance().customObjectRecords().filter((r) => r.values.email === email);
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.values.personid === newer.id)).toBe(true);
    expect(records.some((r) => r.values.personid === older.id)).toBe(false);
    const rows = (await outcomesOf(h, result.processId!)).filter((r) => r.email === email);
    expect(rows.length).toBe(records.length);
    for (const row of rows) {
      expect(row).toMatchObject({ outcome: "warning", code: "multiple_leads", leadId: String(newer.id) });
      expect(row.message).toMatch(/2 Marketo people share this email address/);
    }
    expect(result.counts.coWarnings).toBeGreaterThanOrEqual(rows.length);
  });

  it("skips people who are not in Marketo when Create New People is off, listing them once, and looks again later", async () => {
    h = await startHarness({ on24: ACCOUNT, createNewPeople: false, on24Registrants: true });
    const first = await h.run();
    const rows = await outcomesOf(h, first.processId!);
    expect(rows.length).toBe(first.counts.recordsDone);
    for (const row of rows) {
      expect(row).toMatchObject({ outcome: "skipped", code: "person_not_found", leadId: null });
      expect(row.email).toBe(row.email!.toLowerCase());
      expect(row.message).toMatch(/Create New People is off/);
    }
    expect(first.counts).toMatchObject({ skipped: rows.length, coFailed: 0, coMapped: 0, leadsCreated: 0 });
    expect(h.instance().customObjectRecords()).toHaveLength(0);

    // Re-read unchanged and still unknown: not listed again, and no lookup spent on them.
    const callsBefore = h.instance().callLog.length;
    const second = await h.run();
    expect(await outcomeCounts(h, second.processId!)).toEqual({});
    expect(h.instance().callLog.slice(callsBefore).filter((c) => c.operation !== "identity")).toEqual([]);
  });

  it("writes pEPURL__c on an existing person only when it changed, and never where the field is missing or read-only", async () => {
    for (const pepUrl of ["updateable", "absent", "read-only"] as const) {
      h = await startHarness({ on24: ACCOUNT, marketoClientId: sandboxClientId("realistic", pepUrl) });
      const emails = await registrantEmails(h, lookback());
      const lead = h.instance().addLead({ email: emails[0], lastName: "Known", updatedAt: "2025-01-01T00:00:00Z" }, Date.now());
      const result = await h.run();
      const notWritten = Object.keys(await outcomeCounts(h, result.processId!)).filter((k) => k.includes("pep_url") || k.includes("1003"));
      expect(notWritten).toEqual([]);
      if (pepUrl === "updateable") expect((await profileUrls(h)).get(emails[0])).toContain(lead.pEPURL__c);
      else expect(lead.pEPURL__c).toBeUndefined();
      // Unchanged on the next run: no Sync Leads call at all.
      const before = h.instance().callLog.length;
      await h.run();
      expect(h.instance().callLog.slice(before).filter((c) => c.operation === "syncLeads")).toEqual([]);
      await h.close();
      h = undefined;
    }
  });

  it("does not create a person from attendance alone: no registration in ON24 means the record fails as person not found", async () => {
    h = await startHarness({ on24: ACCOUNT, on24Registrants: false });
    const attendees = [];
    for await (const page of testOn24Client(h).attendeePages(lookback())) attendees.push(...page.records);
    const gone = attendees[0];
    // ON24 answering that this person's registrations are gone (deleted, or double opt-in never completed):
    // the simulator cannot forget a registrant, so its answers about this one person are withheld here.
    const clients = (hooks: ClientHooks) => {
      const real = h!.clients(hooks);
      const on24 = Object.create(real.on24) as typeof real.on24;
      on24.eventRegistrants = async (eventId, filter) => {
        const all = await real.on24.eventRegistrants(eventId, filter);
        return { ...all, records: all.records.filter((r) => r.email?.toLowerCase() !== gone.email!.toLowerCase()) };
      };
      return { ...real, on24 };
    };
    const result = await h.run({ clients });
    const rows = (await outcomesOf(h, result.processId!)).filter((r) => r.email === gone.email!.toLowerCase());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatchObject({ outcome: "failed", code: "missing_person", leadId: null });
      expect(row.message).toMatch(/Person not found/);
    }
    expect(h.instance().leadsByEmail(gone.email!)).toEqual([]);
    expect(result.counts.coFailed).toBe(rows.length);
    expect(result.status).toBe("completed_with_errors");
    expect(result.counts.coMapped + result.counts.coFailed).toBe(result.counts.recordsDone);
  });
});

/** Every registration's profile link per email, over all the account's events. */
async function profileUrls(h: Harness): Promise<Map<string, (string | undefined)[]>> {
  const on24 = testOn24Client(h);
  const urls = new Map<string, (string | undefined)[]>();
  for (const event of h.on24.state.model.events) {
    for (const r of (await on24.eventRegistrants(event.eventId)).records) {
      const email = r.email!.toLowerCase();
      urls.set(email, [...(urls.get(email) ?? []), r.userprofileurl]);
    }
  }
  return urls;
}

/** A registration per email (names and company belong to the person, so any of them will do). */
async function registrantsByEmail(h: Harness) {
  const on24 = testOn24Client(h);
  const byEmail = new Map<string, Awaited<ReturnType<typeof on24.registrantByEmail>>>();
  for (const event of h.on24.state.model.events) {
    for (const r of (await on24.eventRegistrants(event.eventId)).records) byEmail.set(r.email!.toLowerCase(), r);
  }
  return byEmail;
}
