import type { SeedLead } from "./instance";
import { MarketoSandbox } from "./sandbox";

/**
 * The one simulated Marketo of this process, behind `/api/sandbox/marketo/…`. It lives on globalThis so
 * that route modules loaded more than once (dev reloads, several route bundles) share the same data.
 */

/** A few people already in the demo Marketo, two of them sharing an email (the 1007 / multiple-match case). */
export const DEMO_SEED_LEADS: SeedLead[] = [
  { email: "existing.person@example.com", firstName: "Existing", lastName: "Person", company: "Example Corp", leadSource: "Website" },
  { email: "Shared.Inbox@example.com", firstName: "Shared", lastName: "Inbox (older)", updatedAt: "2024-01-10T09:00:00Z" },
  { email: "shared.inbox@example.com", firstName: "Shared", lastName: "Inbox (newer)", updatedAt: "2025-06-01T09:00:00Z" },
];

/** Calls take a little time, as real ones do, without slowing the demo down noticeably. */
const DEMO_LATENCY_MS: [number, number] = [20, 80];

const KEY = Symbol.for("on24connect.sandbox.marketo");

export function getSharedMarketoSandbox(): MarketoSandbox {
  const holder = globalThis as unknown as Record<symbol, MarketoSandbox | undefined>;
  return (holder[KEY] ??= new MarketoSandbox({ defaults: { latencyMs: DEMO_LATENCY_MS, seedLeads: DEMO_SEED_LEADS } }));
}

/** The request handler the app route serves: the shared simulated Marketo. */
export function handleMarketoSandbox(request: Request): Promise<Response> {
  return getSharedMarketoSandbox().handle(request);
}
