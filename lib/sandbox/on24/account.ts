import { plannedSessions, sessionEnd, visibleSessions, type Session } from "./attendance";
import { SANDBOX_ON24_CLIENT_ID, SANDBOX_ON24_CLIENT_NAME, SANDBOX_ON24_TOKEN_KEY, SANDBOX_ON24_TOKEN_SECRET } from "./constants";
import type { EventStats } from "./event-record";
import { FaultQueue } from "./faults";
import { buildModel, eventUserId, generatedRegistration, locateEventUserId, type Registration, type SandboxModel } from "./model";
import { person, personIndexFromEmail } from "./people";
import { DAY, type EventPlan } from "./timeline";
import { RefListBuilder, RefListCache, type RefList } from "./window-index";

/**
 * A simulated ON24 account: what has happened in it by its clock, plus what tests added by hand.
 * Generated data is never stored; records are derived on demand from the seed (see prng.ts).
 */

export type On24SandboxOptions = {
  /** Same seed (and anchor) → same account, record for record. */
  seed?: number;
  clientId?: string;
  tokenKey?: string;
  tokenSecret?: string;
  clientName?: string;
  /** Number of events, spread over the period (every product is represented from 4 events on). */
  events?: number;
  registrantsPerEvent?: number;
  /** The period events are spread over: this many days before the anchor… */
  pastDays?: number;
  /** …and this many after it, so new registrations and attendance keep arriving. */
  futureDays?: number;
  /** Epoch ms the period is centred on; defaults to the start of the current UTC day. */
  anchor?: number;
  now?: () => number;
  /** Send ids as JSON strings instead of numbers. */
  idsAsStrings?: boolean;
  /** ON24's call limit: more than maxCalls within windowMs gets 403 "maximum number of calls". */
  callLimit?: { maxCalls: number; windowMs: number };
};

/** Ten events of 2,000 registrants, as a small real account; the benchmarks raise it to 100,000+. */
const DEFAULTS = { seed: 24, events: 10, registrantsPerEvent: 2000, pastDays: 60, futureDays: 30 };
const MAX_REGISTRATIONS = 1_000_000;
/** Keep the request log bounded: the portal's shared sandbox lives as long as the process. */
const REQUEST_LOG_LIMIT = 2000;

export type SandboxRequest = { method: string; path: string; status: number };

export class On24Sandbox {
  readonly model: SandboxModel;
  readonly clientId: string;
  readonly tokenKey: string;
  readonly tokenSecret: string;
  readonly clientName: string;
  readonly callLimit?: { maxCalls: number; windowMs: number };
  readonly faults = new FaultQueue();
  readonly requests: SandboxRequest[] = [];
  callCount = 0;
  /** Support/test switches for the documented account-level errors. */
  tokenDeactivated = false;
  clientInactive = false;

  private readonly clock: () => number;
  private readonly added = new Map<number, Registration[]>();
  private readonly addedSessions = new Map<number, Session[]>();
  private readonly lists = new RefListCache();
  private readonly statsCache = new Map<string, EventStats>();
  private readonly callTimes: number[] = [];
  private version = 0;

  constructor(options: On24SandboxOptions = {}) {
    const o = { ...DEFAULTS, ...options };
    this.clock = options.now ?? Date.now;
    if (o.events < 1 || o.registrantsPerEvent < 0 || o.events * o.registrantsPerEvent > MAX_REGISTRATIONS) {
      throw new RangeError(`Sandbox size out of range: ${o.events} events × ${o.registrantsPerEvent} registrants`);
    }
    this.clientId = options.clientId ?? SANDBOX_ON24_CLIENT_ID;
    this.tokenKey = options.tokenKey ?? SANDBOX_ON24_TOKEN_KEY;
    this.tokenSecret = options.tokenSecret ?? SANDBOX_ON24_TOKEN_SECRET;
    this.clientName = options.clientName ?? SANDBOX_ON24_CLIENT_NAME;
    this.callLimit = options.callLimit;
    const anchor = options.anchor ?? Math.floor(this.clock() / DAY) * DAY;
    this.model = buildModel({ ...o, clientId: Number(this.clientId), anchor, idsAsStrings: options.idsAsStrings ?? false });
  }

  /** The simulator's clock; only what happened by then is visible (whole seconds, as ON24 reports). */
  now(): number {
    return Math.floor(this.clock() / 1000) * 1000;
  }

  event(eventId: number): EventPlan | undefined {
    return this.model.events.find((e) => e.eventId === eventId);
  }

  registration(ev: EventPlan, j: number): Registration {
    const R = this.model.registrantsPerEvent;
    return j < R ? generatedRegistration(this.model, ev, j) : this.added.get(ev.index)![j - R];
  }

  registrationCount(ev: EventPlan): number {
    return this.model.registrantsPerEvent + (this.added.get(ev.index)?.length ?? 0);
  }

  sessionsOf(reg: Registration): Session[] {
    const planned = reg.j < this.model.registrantsPerEvent ? plannedSessions(this.model.seed, reg.ev, reg.j, reg.registeredAt) : [];
    return [...planned, ...(this.addedSessions.get(reg.eventUserId) ?? [])];
  }

  /** Registrations made in [from, to) by `cutoff`, oldest first. */
  registrantList(from: number, to: number, cutoff: number): RefList {
    return this.lists.get(`r|${from}|${to}|${cutoff}|${this.version}`, () => {
      const list = new RefListBuilder();
      const end = Math.min(to, cutoff + 1);
      for (const ev of this.model.events) {
        if (ev.registrationClose <= from || ev.registrationOpen >= end) continue;
        this.forEachRegistration(ev, (reg) => {
          if (reg.registeredAt >= from && reg.registeredAt < end) list.push(reg.registeredAt, ev.index, reg.j, reg.eventUserId);
        });
      }
      return list.build();
    });
  }

  /** Attendees whose last activity (session end) by `cutoff` falls in [from, to), least recent first. */
  attendeeList(from: number, to: number, cutoff: number): RefList {
    return this.lists.get(`a|${from}|${to}|${cutoff}|${this.version}`, () => {
      const list = new RefListBuilder();
      for (const ev of this.model.events) {
        if (ev.registrationOpen > Math.min(to, cutoff)) continue;
        this.forEachRegistration(ev, (reg) => {
          if (reg.registeredAt > cutoff) return;
          const last = lastVisibleActivity(this.sessionsOf(reg), cutoff);
          if (last !== undefined && last >= from && last < to) list.push(last, ev.index, reg.j, reg.eventUserId);
        });
      }
      return list.build();
    });
  }

  forEachRegistration(ev: EventPlan, visit: (reg: Registration) => void): void {
    const total = this.registrationCount(ev);
    for (let j = 0; j < total; j++) visit(this.registration(ev, j));
  }

  /** Every registration of this address (any letter case) visible by `cutoff`, oldest first. */
  registrationsByEmail(email: string, cutoff: number): Registration[] {
    const wanted = email.trim().toLowerCase();
    const found: Registration[] = [];
    const p = personIndexFromEmail(wanted);
    for (const ev of this.model.events) {
      const j = p === undefined ? undefined : this.model.pool.registrationOf(ev.index, p, this.model.registrantsPerEvent);
      if (j !== undefined) found.push(this.registration(ev, j));
      found.push(...(this.added.get(ev.index) ?? []));
    }
    return found
      .filter((r) => r.email.toLowerCase() === wanted && r.registeredAt <= cutoff)
      .sort((a, b) => a.registeredAt - b.registeredAt || a.eventUserId - b.eventUserId);
  }

  stats(ev: EventPlan, cutoff: number): EventStats {
    const key = `${ev.index}|${cutoff}|${this.version}`;
    const cached = this.statsCache.get(key);
    if (cached) return cached;
    const s: EventStats = { registrants: 0, attendees: 0, liveAttendees: 0, onDemandAttendees: 0, liveMinutes: 0, archiveMinutes: 0 };
    this.forEachRegistration(ev, (reg) => {
      if (reg.registeredAt > cutoff) return;
      s.registrants++;
      s.lastActivity = Math.max(s.lastActivity ?? 0, reg.registeredAt);
      const seen = visibleSessions(this.sessionsOf(reg), cutoff);
      if (!seen.length) return;
      s.attendees++;
      const live = seen.filter((x) => x.kind === "live");
      if (live.length) s.liveAttendees++;
      if (live.length < seen.length) s.onDemandAttendees++;
      for (const x of seen) {
        if (x.kind === "live") s.liveMinutes += x.minutes;
        else s.archiveMinutes += x.minutes;
        s.lastActivity = Math.max(s.lastActivity, sessionEnd(x));
      }
    });
    if (this.statsCache.size > 200) this.statsCache.clear();
    this.statsCache.set(key, s);
    return s;
  }

  /** A new registration (now, unless `registeredAt` says otherwise), as ON24's REST registration would make. */
  addRegistrant(
    eventId: number,
    fields: { email?: string; firstname?: string; lastname?: string; company?: string; partnerref?: string; registeredAt?: number } = {},
  ): { eventuserid: number; email: string } {
    const ev = this.requireEvent(eventId);
    const { registeredAt, ...overrides } = fields;
    const list = this.added.get(ev.index) ?? [];
    const existing = fields.email && this.registrationsByEmail(fields.email, Infinity).find((r) => r.ev === ev);
    if (existing) return { eventuserid: existing.eventUserId, email: existing.email };
    const j = this.model.registrantsPerEvent + list.length;
    const who = this.personForNewRegistration(fields.email);
    const email = fields.email ?? who.email;
    list.push({ ev, j, eventUserId: eventUserId(ev, j), registeredAt: registeredAt ?? this.now(), person: who, email, overrides: { ...overrides, email } });
    this.added.set(ev.index, list);
    this.changed();
    return { eventuserid: list[list.length - 1].eventUserId, email };
  }

  /** A viewing session for an existing registration; by default it ended just now, so it is visible at once. */
  addAttendance(eventUserId: number, session: { kind?: "live" | "archive"; minutes?: number; start?: number } = {}): void {
    const located = locateEventUserId(this.model, eventUserId);
    if (!located || located.j >= this.registrationCount(located.ev)) throw new RangeError(`No registration ${eventUserId}`);
    const minutes = session.minutes ?? 30;
    const list = this.addedSessions.get(eventUserId) ?? [];
    list.push({ id: 100 + list.length, kind: session.kind ?? "live", minutes, start: session.start ?? this.now() - minutes * 60_000 });
    this.addedSessions.set(eventUserId, list);
    this.changed();
  }

  /** Counts an authenticated call against the optional call limit; true when it is over the limit. */
  overCallLimit(): boolean {
    if (!this.callLimit) return false;
    const now = this.clock();
    while (this.callTimes.length && this.callTimes[0] <= now - this.callLimit.windowMs) this.callTimes.shift();
    if (this.callTimes.length >= this.callLimit.maxCalls) return true;
    this.callTimes.push(now);
    return false;
  }

  logRequest(entry: SandboxRequest): void {
    this.callCount++;
    this.requests.push(entry);
    if (this.requests.length > REQUEST_LOG_LIMIT) this.requests.splice(0, this.requests.length - REQUEST_LOG_LIMIT);
  }

  private requireEvent(eventId: number): EventPlan {
    const ev = this.event(Number(eventId));
    if (!ev) throw new RangeError(`No sandbox event ${eventId}`);
    return ev;
  }

  /** A generated person when the address is theirs; otherwise a fresh one beyond the pool (no collisions). */
  private personForNewRegistration(email?: string) {
    const p = email === undefined ? undefined : personIndexFromEmail(email);
    if (p !== undefined && p < this.model.pool.size) {
      const known = person(this.model.seed, p);
      if (known.email === email!.trim().toLowerCase()) return known;
    }
    return person(this.model.seed, this.model.pool.size + this.addedCount());
  }

  private addedCount(): number {
    return [...this.added.values()].reduce((n, l) => n + l.length, 0);
  }

  private changed(): void {
    this.version++;
    this.lists.clear();
    this.statsCache.clear();
  }
}

function lastVisibleActivity(sessions: Session[], cutoff: number): number | undefined {
  let last: number | undefined;
  for (const s of sessions) {
    const end = sessionEnd(s);
    if (end <= cutoff && (last === undefined || end > last)) last = end;
  }
  return last;
}
