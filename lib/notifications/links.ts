/**
 * Deep links into the portal. /activity/<id> is where a workspace member sees a run; on-call staff are
 * not members, so alerts lead with the support console's view of the same run and carry both.
 */

export function processUrl(origin: string, processId: number): string {
  return `${origin}/activity/${processId}`;
}

export function connectionUrl(origin: string): string {
  return `${origin}/connection`;
}

export function supportProcessUrl(origin: string, processId: number): string {
  return `${origin}/support/processes/${processId}`;
}

/** Connection health of every workspace (never secrets). */
export function connectionHealthUrl(origin: string): string {
  return `${origin}/support/health`;
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
