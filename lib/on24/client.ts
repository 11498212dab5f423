import { z } from "zod";
import { On24Error } from "./errors";
import { listEvents, type On24EventFilter } from "./events";
import { offsetPages, pageSize, type On24Page, type On24Window } from "./pages";
import { parseRecords } from "./records";
import { on24Get, type On24CallInfo, type On24Operation, type On24Transport } from "./request";
import { DEFAULT_RETRY_POLICY, type On24RetryPolicy } from "./retry";
import {
  attendeePageSchema,
  attendeeSchema,
  eventAttendeesSchema,
  eventRegistrantsSchema,
  eventSchema,
  registrantByEmailSchema,
  registrantPageSchema,
  registrantSchema,
  type On24Attendee,
  type On24Event,
  type On24Registrant,
} from "./schemas";
import { verifyToken, visibleContentTypes, type On24ContentTypeReport, type On24VerifyResult } from "./verify";

/** Long enough for a 100-attendee page with every nested array, short enough to leave a cron run time to retry. */
const DEFAULT_TIMEOUT_MS = 30_000;

export type On24ClientOptions = {
  /** ON24's numeric client id (it is part of every path). */
  clientId: string;
  tokenKey: string;
  tokenSecret: string;
  /** From on24BaseUrl(region, override): ends in /v2. */
  baseUrl: string;
  fetch?: typeof fetch;
  /** Per attempt. */
  timeoutMs?: number;
  /** Epoch ms. Retries never wait past it; the call fails with a retryable error instead. */
  deadline?: number;
  /** Called once per HTTP attempt, so the sync can report ON24 calls used. */
  onCall?: (info: On24CallInfo) => void;
  retry?: Partial<On24RetryPolicy>;
  /** Cancels everything in flight (e.g. the cron invocation is ending). */
  signal?: AbortSignal;
  now?: () => number;
  random?: () => number;
};

export type On24EventPeople<T> = { eventId: string; total: number; records: T[]; rejected: number };

export type On24Client = ReturnType<typeof createOn24Client>;

export function createOn24Client(options: On24ClientOptions) {
  const clientId = options.clientId.trim();
  if (!/^\d+$/.test(clientId)) {
    throw new On24Error({
      kind: "config",
      retryable: false,
      message: "The ON24 client ID must be a number. ON24 shows it with the API token (Platform Tools → Integrations).",
    });
  }
  const t: On24Transport = {
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    tokenKey: options.tokenKey,
    tokenSecret: options.tokenSecret,
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    deadline: options.deadline,
    onCall: options.onCall,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    signal: options.signal,
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
  };
  const base = `/client/${clientId}`;
  const get = <S extends z.ZodType>(op: On24Operation, schema: S) => on24Get(t, op).then((body) => parseOrFail(schema, body, op));

  return {
    clientId,

    /** Test Connection / Associate: one cheap real call (the account's name and sub-accounts). */
    verifyToken: (): Promise<On24VerifyResult> => verifyToken(t, base),

    /** Which event content types (products) the token sees, from events with audience activity lately. */
    visibleContentTypes: (opts?: { lookbackDays?: number }): Promise<On24ContentTypeReport> =>
      visibleContentTypes(t, base, opts?.lookbackDays),

    listEvents: (filter: On24EventFilter = {}): Promise<On24Event[]> => listEvents(t, base, filter),

    getEvent: (eventId: string | number): Promise<On24Event> =>
      get({ operationId: "AnalyticsEventLevel.MetadataAndUsage", path: `${base}/event/${idPath(eventId)}` }, eventSchema),

    /** Client-level registrants by registration date, every page, 100 per page. */
    registrantPages(
      from: On24Window & { pageOffset?: number },
      opts: { itemsPerPage?: number } = {},
    ): AsyncGenerator<On24Page<On24Registrant>> {
      const itemsperpage = pageSize(opts.itemsPerPage);
      return offsetPages(from, itemsperpage, registrantSchema, async (pageoffset) => {
        const op = {
          operationId: "AnalyticsClientLevel.Registrants",
          path: `${base}/registrant`,
          query: { startdate: from.startDate, enddate: from.endDate, pageoffset, itemsperpage },
        };
        const body = await get(op, registrantPageSchema);
        return { items: body.registrants, total: body.totalregistrants, pagecount: body.pagecount };
      });
    },

    /** Client-level attendees by last activity (`datefiltermode=lastActivity`), every page, 100 per page. */
    attendeePages(
      from: On24Window & { pageOffset?: number },
      opts: { itemsPerPage?: number; realtimeOnly?: boolean } = {},
    ): AsyncGenerator<On24Page<On24Attendee>> {
      const itemsperpage = pageSize(opts.itemsPerPage);
      return offsetPages(from, itemsperpage, attendeeSchema, async (pageoffset) => {
        const query = {
          startdate: from.startDate,
          enddate: from.endDate,
          datefiltermode: "lastActivity",
          pageoffset,
          itemsperpage,
          realtimeonly: opts.realtimeOnly ? "Y" : undefined,
        };
        const body = await get(
          { operationId: "AnalyticsClientLevel.Attendees", path: `${base}/attendee`, query },
          attendeePageSchema,
        );
        return { items: body.attendees, total: body.totalattendees, pagecount: body.pagecount };
      });
    },

    /** One event's registrants (ON24 documents no paging here: one answer holds them all). */
    async eventRegistrants(
      eventId: string | number,
      filter: Partial<On24Window> & { email?: string } = {},
    ): Promise<On24EventPeople<On24Registrant>> {
      const query = { startdate: filter.startDate, enddate: filter.endDate, email: filter.email };
      const op = { operationId: "AnalyticsEventLevel.Registrants", path: `${base}/event/${idPath(eventId)}/registrant`, query };
      const body = await get(op, eventRegistrantsSchema);
      return eventPeople(String(eventId), body.registrants, body.totalregistrants, registrantSchema);
    },

    /** One event's attendees. Their records carry no eventid; it is filled in from the path. */
    async eventAttendees(
      eventId: string | number,
      filter: Partial<On24Window> & { lastActivity?: boolean } = {},
    ): Promise<On24EventPeople<On24Attendee>> {
      const query = {
        startdate: filter.startDate,
        enddate: filter.endDate,
        datefiltermode: filter.lastActivity ? "lastActivity" : undefined,
      };
      const op = { operationId: "AnalyticsEventLevel.Attendees", path: `${base}/event/${idPath(eventId)}/attendee`, query };
      const body = await get(op, eventAttendeesSchema);
      return eventPeople(String(eventId), body.attendees, body.totalattendees, attendeeSchema);
    },

    /** The person's most recent registration (for one event when eventId is given), or null. */
    async registrantByEmail(email: string, opts: { eventId?: string | number } = {}): Promise<On24Registrant | null> {
      const op = {
        operationId: "AnalyticsClientLevel.RegistrantByEmail",
        path: `${base}/registrant/${encodeURIComponent(email)}`,
        query: { eventid: opts.eventId === undefined ? undefined : String(opts.eventId) },
      };
      return nullWhenPersonMissing(get(op, registrantByEmailSchema).then((b) => b.registrant));
    },

    /** The person's most recent attendance, or null. */
    attendeeByEmail(email: string): Promise<On24Attendee | null> {
      const op = { operationId: "AnalyticsClientLevel.AttendeeByEmail", path: `${base}/attendee/${encodeURIComponent(email)}` };
      return nullWhenPersonMissing(get(op, attendeeSchema));
    },
  };
}

function eventPeople<S extends z.ZodType>(
  eventId: string,
  items: unknown[],
  total: number | undefined,
  schema: S,
): On24EventPeople<z.output<S>> {
  const withEvent = items.map((item) =>
    item && typeof item === "object" && !("eventid" in item) ? { ...item, eventid: eventId } : item,
  );
  const { records, rejected } = parseRecords(schema, withEvent);
  return { eventId, total: total ?? items.length, records, rejected };
}

/** 404 for a person is an answer ("not registered"); a 404 naming the client is a configuration error. */
async function nullWhenPersonMissing<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof On24Error && error.kind === "not_found" && !/client/i.test(error.detail ?? "")) return null;
    throw error;
  }
}

function idPath(id: string | number): string {
  const text = String(id).trim();
  if (!/^\d+$/.test(text)) throw new On24Error({ kind: "fatal", retryable: false, message: `Not an ON24 event id: ${text}` });
  return text;
}

function parseOrFail<S extends z.ZodType>(schema: S, body: unknown, op: On24Operation): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new On24Error({
    kind: "fatal",
    retryable: false,
    operationId: op.operationId,
    message: "ON24 sent data in a form this integration does not recognise. Support has the details.",
    detail: `${op.operationId}: ${issue?.path.join(".") || "(root)"} ${issue?.message ?? ""}`.trim(),
  });
}
