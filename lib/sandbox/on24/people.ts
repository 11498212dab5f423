import { hash32, rngFor } from "./prng";
import { COMPANIES, FIRST_NAMES, JOB_FUNCTIONS, JOB_TITLES, LAST_NAMES, LOCATIONS } from "./sample-data";

/**
 * The people who register. Registrants of different events overlap (as in a real account: the same
 * person attends several webinars), but nobody registers twice for one event: registrant j of event e is
 * person (offset_e + j·stride) mod size, a permutation, which can also be inverted to find a person's
 * registration for an event without scanning.
 */

/** About this many people per registration, so a typical person registers for 1–2 events. */
const PEOPLE_PER_REGISTRATION = 0.7;
const STRIDES = [7919, 104_729, 1_299_709, 15_485_863];

export type PeoplePool = {
  size: number;
  personFor(eventIndex: number, j: number): number;
  /** The registrant index of this person for the event, or undefined when they never registered. */
  registrationOf(eventIndex: number, person: number, registrantsPerEvent: number): number | undefined;
};

export function peoplePool(seed: number, events: number, registrantsPerEvent: number): PeoplePool {
  const size = Math.max(registrantsPerEvent + 1, Math.ceil(events * registrantsPerEvent * PEOPLE_PER_REGISTRATION), 2);
  const stride = STRIDES.find((s) => size % s !== 0)!;
  const inverse = modInverse(stride % size, size);
  const offset = (e: number) => hash32(seed, e, 11) % size;
  return {
    size,
    personFor: (e, j) => (offset(e) + ((j * stride) % size)) % size,
    registrationOf(e, person, registrantsPerEvent) {
      if (!Number.isInteger(person) || person < 0 || person >= size) return undefined;
      const j = mulMod((person - offset(e) + size) % size, inverse, size);
      return j < registrantsPerEvent ? j : undefined;
    },
  };
}

export type Person = {
  index: number;
  firstname: string;
  lastname: string;
  email: string;
  company: string;
  companyindustry: string;
  companysize: string;
  jobtitle: string;
  jobfunction: string;
  city: string;
  state: string;
  zip: string;
  country: string;
  workphone: string;
};

export function person(seed: number, index: number): Person {
  const r = rngFor(seed, index, 7);
  const firstname = r.pick(FIRST_NAMES);
  const lastname = r.pick(LAST_NAMES);
  const company = r.pick(COMPANIES);
  const location = r.pick(LOCATIONS);
  return {
    index,
    firstname,
    lastname,
    // The number makes every address unique and lets the simulator find the person again from it.
    email: `${ascii(firstname)}.${ascii(lastname)}.${index}@${company.domain}`,
    company: company.name,
    companyindustry: company.industry,
    companysize: company.size,
    jobtitle: r.pick(JOB_TITLES),
    jobfunction: r.pick(JOB_FUNCTIONS),
    ...location,
    workphone: `(${r.int(200, 989)})-${r.int(200, 989)}-${String(r.int(0, 9999)).padStart(4, "0")}`,
  };
}

export function personIndexFromEmail(email: string): number | undefined {
  const m = /\.(\d+)@[^@]+$/.exec(email.trim());
  return m ? Number(m[1]) : undefined;
}

function ascii(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();
}

function mulMod(a: number, b: number, m: number): number {
  return Number((BigInt(a) * BigInt(b)) % BigInt(m));
}

function modInverse(a: number, m: number): number {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1, 0];
  while (r !== 0) {
    const q = Math.floor(oldR / r);
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}
