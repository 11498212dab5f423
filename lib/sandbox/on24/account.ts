import { SandboxAdditions, type NewRegistrant, type NewSession } from "./additions";
import { plannedSessions, sessionEnd, type Session } from "./attendance";
import { SANDBOX_ON24_CLIENT_ID, SANDBOX_ON24_CLIENT_NAME, SANDBOX_ON24_TOKEN_KEY, SANDBOX_ON24_TOKEN_SECRET } from "./constants";
import type { EventStats } from "./event-record";
import { FaultQueue } from "./faults";
import { computeEventStats } from "./event-stats";
import { buildModel, generatedRegistration, type Registration, type SandboxModel } from "./model";
import { MAX_REGISTRATIONS, SANDBOX_DEFAULTS, type On24SandboxOptions } from "./options";
import { personIndexFromEmail } from "./people";
import { DAY, type EventPlan } from "./timeline";
import { RefListBuilder, RefListCache, type RefList } from "./window-index";

/**
 * A simulated ON24 account: what has happened in it by its clock, plus what tests added by hand.
 * Generated data is never stored; records are derived on demand from the seed (see prng.ts).
 */

/** Keep the request log bounded: the portal's shared sandbox lives as long as the process. */
const REQUEST_LOG_LIMIT = 2000;
/** Stats are cached per event and clock second; a long-running portal must not grow this forever. */
const STATS_CACHE_LIMIT = 200;

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
  private readonly added: SandboxAdditions;
  private readonly lists = new RefListCache();
  private readonly statsCache = new Map<string, EventStats>();
  private readonly callTimes: number[] = [];
  private version = 0;

  constructor(options: On24SandboxOptions = {}) {
    const o = { ...SANDBOX_DEFAULTS, ...options };
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
    this.added = new SandboxAdditions(this.model);
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
    return j < R ? generatedRegistration(this.model, ev, j) : this.added.registrationsOf(ev)[j - R];
  }

  registrationCount(ev: EventPlan): number {
    return this.model.registrantsPerEvent + this.added.registrationsOf(ev).length;
  }

  sessionsOf(reg: Registration): Session[] {
    const planned =
      reg.j < this.model.registrantsPerEvent ? plannedSessions(this.model.seed, reg.ev, reg.j, reg.registeredAt) : [];
    return [...planned, ...this.added.sessionsOf(reg.eventUserId)];
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
      found.push(...this.added.registrationsOf(ev));
    }
    return found
      .filter((r) => r.email.toLowerCase() === wanted && r.registeredAt <= cutoff)
      .sort((a, b) => a.registeredAt - b.registeredAt || a.eventUserId - b.eventUserId);
  }

  stats(ev: EventPlan, cutoff: number): EventStats {
    const key = `${ev.index}|${cutoff}|${this.version}`;
    const cached = this.statsCache.get(key);
    if (cached) return cached;
    const stats = computeEventStats(
      (visit) => this.forEachRegistration(ev, visit),
      (reg) => this.sessionsOf(reg),
      cutoff,
    );
    if (this.statsCache.size > STATS_CACHE_LIMIT) this.statsCache.clear();
    this.statsCache.set(key, stats);
    return stats;
  }

  /** A new registration (now, unless `registeredAt` says otherwise), as ON24's REST registration would make. */
  addRegistrant(eventId: number, fields: NewRegistrant = {}): { eventuserid: number; email: string } {
    const ev = this.event(Number(eventId));
    if (!ev) throw new RangeError(`No sandbox event ${eventId}`);
    // ON24 keeps one registration per person and event: registering again returns the existing one.
    const existing = fields.email && this.registrationsByEmail(fields.email, Infinity).find((r) => r.ev === ev);
    const reg = existing || this.added.addRegistration(ev, fields, this.now());
    if (!existing) this.changed();
    return { eventuserid: reg.eventUserId, email: reg.email };
  }

  /** A viewing session for an existing registration; by default it ended just now, so it is visible at once. */
  addAttendance(eventUserId: number, session: NewSession = {}): void {
    this.added.addSession(eventUserId, (ev) => this.registrationCount(ev), session, this.now());
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
