import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { processes, recordOutcomes } from "@/db/schema";
import type { Kv } from "@/lib/kv";
import type { SandboxInstanceOptions } from "@/lib/sandbox/marketo/instance";
import { startHarness, type Harness } from "@/lib/sync/testing/harness";

/**
 * Scheduler integration tests: several workspaces in one database, each connected to its own pair of
 * standalone ON24/Marketo simulators (the saved connection points at them, so the engine takes its
 * production path), an ON24 clock that stands still (nothing new appears mid-test, so "everything
 * arrived" has one answer), and a KV wrapper that records when each workspace lock was held.
 */

export type SandboxWorkspace = Harness & { clock: number };

let counter = 0;

export async function startSandboxWorkspaces(
  db: Db,
  count: number,
  options: {
    registrantsPerEvent?: number;
    events?: number;
    marketo?: Partial<SandboxInstanceOptions>;
    /** Every workspace gets the same ON24 data (to compare runs of identical work). */
    sameSeed?: boolean;
    /** How far back the account's events go (default the harness's 6 days). */
    pastDays?: number;
  } = {},
): Promise<SandboxWorkspace[]> {
  const clock = Date.now();
  const started: SandboxWorkspace[] = [];
  for (let i = 0; i < count; i++) {
    const harness = await startHarness({
      db,
      on24: {
        seed: options.sameSeed ? 100 : 100 + i,
        clientId: String(61_000 + i),
        events: options.events ?? 3,
        registrantsPerEvent: options.registrantsPerEvent ?? 60,
        now: () => clock,
        ...(options.pastDays ? { pastDays: options.pastDays } : {}),
      },
      marketoClientId: `sandbox-sched-${counter++}`,
      marketo: options.marketo ?? {},
    });
    started.push({ ...harness, clock });
  }
  return started;
}

/** Every (eventid, eventuserid, pass) ON24 shows for the windows of `processId`, by the frozen clock. */
export async function expectedItems(db: Db, ws: SandboxWorkspace, processId: number): Promise<Set<string>> {
  const [p] = await db.select().from(processes).where(eq(processes.id, processId));
  return itemsBetween(ws, p.windowStart!.getTime(), Number.MAX_SAFE_INTEGER);
}

/** Every (eventid, eventuserid, pass) registered, or last active, in [from, to) by the frozen clock. */
export function itemsBetween(ws: SandboxWorkspace, from: number, to: number): Set<string> {
  const account = ws.on24.state;
  const keys = new Set<string>();
  const collect = (pass: string, list: ReturnType<typeof account.registrantList>) => {
    for (let i = 0; i < list.size; i++) {
      const ev = account.model.events[list.eventIndex(i)];
      keys.add(`${ev.eventId}|${account.registration(ev, list.j(i)).eventUserId}|${pass}`);
    }
  };
  collect("registrant", account.registrantList(from, to, ws.clock));
  collect("attendee", account.attendeeList(from, to, ws.clock));
  return keys;
}

/** The outcome rows of one process as `eventid|eventuserid|pass` keys (duplicates kept, to be counted). */
export async function outcomeKeys(db: Db, workspaceId: string, processId: number): Promise<string[]> {
  const rows = await db
    .select({
      eventId: recordOutcomes.eventId,
      eventUserId: recordOutcomes.eventUserId,
      detail: recordOutcomes.detail,
      outcome: recordOutcomes.outcome,
    })
    .from(recordOutcomes)
    .where(and(eq(recordOutcomes.workspaceId, workspaceId), eq(recordOutcomes.processId, processId)));
  return rows.map((r) => `${r.eventId}|${r.eventUserId}|${String(r.detail?.pass)}`);
}

export async function processesOf(db: Db, workspaceId: string) {
  return db.select().from(processes).where(eq(processes.workspaceId, workspaceId)).orderBy(asc(processes.id));
}

/** The CO records Marketo holds for a workspace, as `eventid|eventuserid` keys. */
export function marketoRecordKeys(ws: SandboxWorkspace): string[] {
  return ws
    .instance()
    .customObjectRecords()
    .map((r) => `${r.values.eventid}|${r.values.eventuserid}`);
}

export type HeldInterval = { key: string; from: number; to: number };

/**
 * Wraps a KV so that every owned lock records the span it was certainly held: from just after SET NX
 * answered yes to just before the owner asked to release it. The engine runs inside exactly that span
 * (withLock), so if no two spans of one key overlap, no two runs of that workspace overlapped.
 */
export function recordLockSpans(
  kv: Kv,
  prefix = "lock:workspace:",
): { kv: Kv; spans: HeldInterval[]; open: Map<string, number> } {
  const spans: HeldInterval[] = [];
  const open = new Map<string, number>();
  const wrapped: Kv = {
    ...kv,
    kind: kv.kind,
    get: (k) => kv.get(k),
    del: (k) => kv.del(k),
    incr: (k, ttl) => kv.incr(k, ttl),
    pttl: (k) => kv.pttl(k),
    expireIfEquals: (k, v, ttl) => kv.expireIfEquals(k, v, ttl),
    async set(key, value, options) {
      const won = await kv.set(key, value, options);
      if (won && options?.onlyIfAbsent && key.startsWith(prefix)) open.set(`${key}#${value}`, Date.now());
      return won;
    },
    async deleteIfEquals(key, value) {
      const id = `${key}#${value}`;
      const from = open.get(id);
      if (from !== undefined) {
        spans.push({ key, from, to: Date.now() });
        open.delete(id);
      }
      return kv.deleteIfEquals(key, value);
    },
  };
  return { kv: wrapped, spans, open };
}

/** Pairs of spans of the same key that overlap in time. */
export function overlappingSpans(spans: HeldInterval[]): [HeldInterval, HeldInterval][] {
  const found: [HeldInterval, HeldInterval][] = [];
  const byKey = new Map<string, HeldInterval[]>();
  for (const s of spans) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
  for (const list of byKey.values()) {
    list.sort((a, b) => a.from - b.from);
    let latest = list[0];
    for (const span of list.slice(1)) {
      if (span.from < latest.to) found.push([latest, span]);
      if (span.to > latest.to) latest = span;
    }
  }
  return found;
}
