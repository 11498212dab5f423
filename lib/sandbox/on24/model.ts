import { peoplePool, person, type PeoplePool, type Person } from "./people";
import { rngFor } from "./prng";
import { planEvents, registrationTime, type EventPlan } from "./timeline";

/** The fixed shape of a simulated account: its events, its people and how ids are written. */
export type SandboxModel = {
  seed: number;
  clientId: number;
  registrantsPerEvent: number;
  /** Write ids as JSON strings instead of numbers (ON24 documents both), to exercise clients. */
  idsAsStrings: boolean;
  events: EventPlan[];
  pool: PeoplePool;
};

/** Generated registrants get eventuserids base + event·1,000,000 + j; added ones continue after them. */
const EVENT_USER_ID_BASE = 300_000_000;
const EVENT_USER_ID_BLOCK = 1_000_000;

/** One registration: a person registered for an event at a time. */
export type Registration = {
  ev: EventPlan;
  j: number;
  eventUserId: number;
  registeredAt: number;
  person: Person;
  /** The address exactly as typed at registration; a few people capitalise it. */
  email: string;
  /** Field values given to `addRegistrant`, written over the generated ones. */
  overrides?: Record<string, unknown>;
};

export type ModelOptions = {
  seed: number;
  clientId: number;
  events: number;
  registrantsPerEvent: number;
  pastDays: number;
  futureDays: number;
  anchor: number;
  idsAsStrings: boolean;
};

export function buildModel(o: ModelOptions): SandboxModel {
  return {
    seed: o.seed,
    clientId: o.clientId,
    registrantsPerEvent: o.registrantsPerEvent,
    idsAsStrings: o.idsAsStrings,
    events: planEvents(o),
    pool: peoplePool(o.seed, o.events, o.registrantsPerEvent),
  };
}

export function eventUserId(ev: EventPlan, j: number): number {
  return EVENT_USER_ID_BASE + ev.index * EVENT_USER_ID_BLOCK + j;
}

/** Inverse of eventUserId: which event and index an eventuserid belongs to. */
export function locateEventUserId(m: SandboxModel, id: number): { ev: EventPlan; j: number } | undefined {
  const offset = id - EVENT_USER_ID_BASE;
  const ev = m.events[Math.floor(offset / EVENT_USER_ID_BLOCK)];
  return offset >= 0 && ev ? { ev, j: offset % EVENT_USER_ID_BLOCK } : undefined;
}

export function generatedRegistration(m: SandboxModel, ev: EventPlan, j: number): Registration {
  const who = person(m.seed, m.pool.personFor(ev.index, j));
  const capitalised = rngFor(m.seed, ev.index, j, 5).chance(0.05);
  return {
    ev,
    j,
    eventUserId: eventUserId(ev, j),
    registeredAt: registrationTime(m.seed, ev, j),
    person: who,
    email: capitalised ? capitaliseLocalPart(who.email) : who.email,
  };
}

/** "ava.berg.12@x.example" → "Ava.Berg.12@x.example": how some people type their address. */
function capitaliseLocalPart(email: string): string {
  const at = email.indexOf("@");
  return email.slice(0, at).replace(/(^|\.)[a-z]/g, (s) => s.toUpperCase()) + email.slice(at);
}

export function idValue(m: SandboxModel, id: number): number | string {
  return m.idsAsStrings ? String(id) : id;
}
