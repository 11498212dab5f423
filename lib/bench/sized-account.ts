// An ON24 account holding exactly n registrations for one upcoming webinar, registered over the last
// three days and nobody attended yet, so a backfill of those days reads exactly n records. Attendance
// added later (the "10% changed" re-sync) appears as that many attendee records, ended "now".
import { pacificDay } from "@/lib/on24/pacific-time";
import { startOn24SandboxServer, type On24SandboxServer } from "@/lib/sandbox/on24/server";
import type { DayWindow } from "@/lib/sync/types";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Registrations are spread over this span before the (frozen) clock. */
const SPREAD_MS = 3 * DAY;

export type SizedAccount = {
  server: On24SandboxServer;
  /** The backfill days that hold every registration (and attendance added later). */
  window: DayWindow;
  people: { eventUserId: number; email: string }[];
  /** Every `every`-th person watches the webinar (a session that ended at the account's "now"). */
  attend(every: number): number;
  close(): Promise<void>;
};

export async function startSizedAccount(n: number, seed = 9): Promise<SizedAccount> {
  const now = Date.now();
  // One event whose live session is at the start of today (UTC): registration is open around "now".
  const server = await startOn24SandboxServer({ seed, events: 1, registrantsPerEvent: 0, pastDays: 15, futureDays: 15, now: () => now });
  const eventId = server.state.model.events[0].eventId;
  const people = Array.from({ length: n }, (_, i) => {
    const registeredAt = now - HOUR - Math.floor((i / Math.max(1, n)) * SPREAD_MS);
    const { eventuserid, email } = server.state.addRegistrant(eventId, { registeredAt });
    return { eventUserId: eventuserid, email };
  });
  return {
    server,
    window: { startDate: pacificDay(now - SPREAD_MS - DAY), endDate: pacificDay(now) },
    people,
    attend(every) {
      const chosen = people.filter((_, i) => i % every === 0);
      for (const p of chosen) server.state.addAttendance(p.eventUserId, { kind: "live", minutes: 30 });
      return chosen.length;
    },
    close: () => server.close(),
  };
}
