import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { SYNC_INTERVAL_MS } from "@/lib/scheduler/timing";

// vercel.json is the one place maxDuration and the schedules are set; the code's budget and interval
// are derived from the same numbers, so a change on one side must be made on the other.
const config = JSON.parse(readFileSync(path.join(process.cwd(), "vercel.json"), "utf8")) as {
  crons: { path: string; schedule: string }[];
  functions: Record<string, { maxDuration?: number }>;
};

describe("vercel.json", () => {
  it("sets maxDuration once, for every cron route, equal to CRON_MAX_DURATION_SECONDS' default", () => {
    const withDuration = Object.entries(config.functions).filter(([, f]) => f.maxDuration !== undefined);
    expect(withDuration).toEqual([["app/api/cron/**/route.ts", { maxDuration: env.CRON_MAX_DURATION_SECONDS }]]);
    expect(env.CRON_MAX_DURATION_SECONDS).toBe(300);
  });

  it("schedules the sync at the scheduler's interval and maintenance once a day, each on an existing route", () => {
    const byPath = Object.fromEntries(config.crons.map((c) => [c.path, c.schedule]));
    expect(byPath["/api/cron/sync"]).toBe(`*/${SYNC_INTERVAL_MS / 60_000} * * * *`);
    expect(byPath["/api/cron/maintenance"]).toMatch(/^\d{1,2} \d{1,2} \* \* \*$/);
    for (const cron of config.crons) {
      expect(existsSync(path.join(process.cwd(), "app", cron.path, "route.ts")), cron.path).toBe(true);
    }
  });
});
