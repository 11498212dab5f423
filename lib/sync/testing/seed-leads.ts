// Marketo people that exist before the first sync: some of the ON24 sandbox's registrants.
import { createOn24Client } from "@/lib/on24/client";
import type { DayWindow } from "../types";
import type { Harness } from "./harness";

/** A client of the harness's ON24 simulator for the test's own reads (not counted as the engine's calls). */
export function testOn24Client(h: Harness) {
  const { clientId, tokenKey, tokenSecret } = h.on24.state;
  return createOn24Client({ clientId, tokenKey, tokenSecret, baseUrl: h.on24.url });
}

/** Distinct registrant emails of the window, in ON24's order. */
export async function registrantEmails(h: Harness, window: DayWindow): Promise<string[]> {
  const on24 = testOn24Client(h);
  const emails = new Set<string>();
  for await (const page of on24.registrantPages(window)) for (const r of page.records) if (r.email) emails.add(r.email.toLowerCase());
  return [...emails];
}

/** Makes every `every`-th of these people an existing lead (created a while ago, by another source). */
export function seedLeads(h: Harness, emails: readonly string[], every: number): string[] {
  const chosen = emails.filter((_, i) => i % every === 0);
  for (const email of chosen) {
    h.instance().addLead({ email, firstName: "Known", lastName: "Person", leadSource: "Website", updatedAt: "2025-01-02T03:04:05Z" }, Date.now());
  }
  return chosen;
}
