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

/** Ten events of 2,000 registrants, as a small real account; the benchmarks raise it to 100,000 and more. */
export const SANDBOX_DEFAULTS = { seed: 24, events: 10, registrantsPerEvent: 2000, pastDays: 60, futureDays: 30 };

/** Registrations per account are capped so eventuserids stay unique and lists stay small enough. */
export const MAX_REGISTRATIONS = 1_000_000;
