import { person } from "@/lib/sandbox/on24/people";
import type { SeedLead } from "./instance";
import { MarketoSandbox } from "./sandbox";

/**
 * The one simulated Marketo of this process, behind `/api/sandbox/marketo/…`. It lives on globalThis so
 * that route modules loaded more than once (dev reloads, several route bundles) share the same data.
 */

/** The seed of the shared ON24 sandbox's default account (lib/sandbox/on24/account.ts). */
const ON24_DEMO_SEED = 24;
/** Every fifth of the first 200 ON24 people is already a lead: the demo sync both finds and creates people. */
const ON24_PEOPLE_ALREADY_IN_MARKETO = Array.from({ length: 40 }, (_, i) => i * 5);

function demoSeedLeads(): SeedLead[] {
  const known = ON24_PEOPLE_ALREADY_IN_MARKETO.map((index) => {
    const p = person(ON24_DEMO_SEED, index);
    return { email: p.email, firstName: p.firstname, lastName: p.lastname, company: p.company, leadSource: "Website" };
  });
  // A second lead with the same address in other case: the multiple-match (1007) case, resolved by latest update.
  const twin = { ...known[1], email: known[1].email.toUpperCase(), lastName: `${known[1].lastName} (duplicate)`, updatedAt: "2024-01-10T09:00:00Z" };
  return [
    { email: "existing.person@example.com", firstName: "Existing", lastName: "Person", company: "Example Corp", leadSource: "Website" },
    ...known,
    twin,
  ];
}

/** Calls take a little time, as real ones do, without slowing the demo down noticeably. */
const DEMO_LATENCY_MS: [number, number] = [20, 80];

const KEY = Symbol.for("on24connect.sandbox.marketo");

export function getSharedMarketoSandbox(): MarketoSandbox {
  const holder = globalThis as unknown as Record<symbol, MarketoSandbox | undefined>;
  return (holder[KEY] ??= new MarketoSandbox({ defaults: { latencyMs: DEMO_LATENCY_MS, seedLeads: demoSeedLeads() } }));
}

/** The request handler the app route serves: the shared simulated Marketo. */
export function handleMarketoSandbox(request: Request): Promise<Response> {
  return getSharedMarketoSandbox().handle(request);
}
