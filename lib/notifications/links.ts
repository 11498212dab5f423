/**
 * Deep links into the portal. The process page is where a workspace member sees a run; staff who are
 * not members reach the same run through the support console's search, so alerts carry both.
 */

export function processUrl(origin: string, processId: number): string {
  return `${origin}/activity/${processId}`;
}

export function connectionUrl(origin: string): string {
  return `${origin}/connection`;
}

export function supportSearchUrl(origin: string, field: "process_id" | "client_id", q: string): string {
  return `${origin}/support?${new URLSearchParams({ field, q })}`;
}

export function supportUrl(origin: string): string {
  return `${origin}/support`;
}

/** The staff view of every alert and recovery email, including those with no workspace. */
export function staffOutboxUrl(origin: string): string {
  return `${origin}/support/outbox`;
}
