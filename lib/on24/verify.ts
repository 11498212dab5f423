import { ON24_PRODUCTS } from "./content-types";
import { On24Error, type On24ErrorKind } from "./errors";
import { listEvents } from "./events";
import { addDays, pacificDay } from "./pacific-time";
import { on24Get, type On24Transport } from "./request";
import { clientSchema } from "./schemas";

/** ON24's event list accepts at most six months per request. */
const DEFAULT_LOOKBACK_DAYS = 180;

export type On24VerifyResult =
  | { ok: true; clientName: string | null; subAccounts: number }
  | { ok: false; kind: On24ErrorKind; message: string; retryable: boolean; detail?: string };

/** GET /client/{clientId}: the cheapest call that needs a valid token for this client id. */
export async function verifyToken(t: On24Transport, base: string): Promise<On24VerifyResult> {
  try {
    const body = clientSchema.parse(await on24Get(t, { operationId: "AnalyticsClientLevel.SubClients", path: base }));
    return { ok: true, clientName: body.clientname ?? null, subAccounts: countSubClients(body.subclients) };
  } catch (error) {
    if (!(error instanceof On24Error)) throw error;
    return { ok: false, kind: error.kind, message: error.message, retryable: error.retryable, detail: error.detail };
  }
}

export type On24ContentTypeReport = {
  startDate: string;
  endDate: string;
  totalEvents: number;
  /** Events per contenttype, with the product name the portal shows. */
  contentTypes: { contentType: string; product: string; events: number }[];
};

/**
 * Which content types this token can see, judged from events with audience activity in the lookback
 * (`datefiltermode=updated`), so evergreen Engagement Hubs created long ago still count.
 */
export async function visibleContentTypes(
  t: On24Transport,
  base: string,
  lookbackDays = DEFAULT_LOOKBACK_DAYS,
): Promise<On24ContentTypeReport> {
  const endDate = pacificDay(t.now());
  const startDate = addDays(endDate, -Math.max(1, Math.floor(lookbackDays)) + 1);
  const events = await listEvents(t, base, { startDate, endDate, dateFilterMode: "updated", contentType: "all" });
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.contenttype ?? "unknown", (counts.get(e.contenttype ?? "unknown") ?? 0) + 1);
  const contentTypes = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([contentType, n]) => ({ contentType, product: ON24_PRODUCTS[contentType] ?? contentType, events: n }));
  return { startDate, endDate, totalEvents: events.length, contentTypes };
}

type ClientTree = { subclients?: ClientTree[] };

function countSubClients(list?: ClientTree[]): number {
  return (list ?? []).reduce((n, c) => n + 1 + countSubClients(c.subclients), 0);
}
