import type { Session } from "./attendance";
import { eventUserId, locateEventUserId, type Registration, type SandboxModel } from "./model";
import { person, personIndexFromEmail, type Person } from "./people";
import type { EventPlan } from "./timeline";

/**
 * Registrations and viewing sessions added by hand (tests, or support reproducing a case), on top of
 * the generated account. Added registrations take the indexes after the generated ones in their event.
 */

export type NewRegistrant = {
  email?: string;
  firstname?: string;
  lastname?: string;
  company?: string;
  partnerref?: string;
  registeredAt?: number;
};

export type NewSession = { kind?: "live" | "archive"; minutes?: number; start?: number };

export class SandboxAdditions {
  private readonly registrations = new Map<number, Registration[]>();
  private readonly sessions = new Map<number, Session[]>();

  constructor(private readonly model: SandboxModel) {}

  registrationsOf(ev: EventPlan): Registration[] {
    return this.registrations.get(ev.index) ?? [];
  }

  sessionsOf(eventUserIdValue: number): Session[] {
    return this.sessions.get(eventUserIdValue) ?? [];
  }

  addRegistration(ev: EventPlan, fields: NewRegistrant, now: number): Registration {
    const { registeredAt, ...overrides } = fields;
    const list = this.registrations.get(ev.index) ?? [];
    const j = this.model.registrantsPerEvent + list.length;
    const who = this.personFor(fields.email);
    const email = fields.email ?? who.email;
    const reg = {
      ev,
      j,
      eventUserId: eventUserId(ev, j),
      registeredAt: registeredAt ?? now,
      person: who,
      email,
      overrides: { ...overrides, email },
    };
    list.push(reg);
    this.registrations.set(ev.index, list);
    return reg;
  }

  /** `registered` is how many registrations the event has, so only existing ones get sessions. */
  addSession(id: number, registered: (ev: EventPlan) => number, session: NewSession, now: number): void {
    const located = locateEventUserId(this.model, id);
    if (!located || located.j >= registered(located.ev)) throw new RangeError(`No registration ${id}`);
    const minutes = session.minutes ?? 30;
    const list = this.sessions.get(id) ?? [];
    // By default the session ended just now, so it is visible at once.
    list.push({ id: 100 + list.length, kind: session.kind ?? "live", minutes, start: session.start ?? now - minutes * 60_000 });
    this.sessions.set(id, list);
  }

  /** A generated person when the address is theirs; otherwise a fresh one beyond the pool (no collisions). */
  private personFor(email?: string): Person {
    const p = email === undefined ? undefined : personIndexFromEmail(email);
    if (p !== undefined && p < this.model.pool.size) {
      const known = person(this.model.seed, p);
      if (known.email === email!.trim().toLowerCase()) return known;
    }
    const added = [...this.registrations.values()].reduce((n, l) => n + l.length, 0);
    return person(this.model.seed, this.model.pool.size + added);
  }
}
