import { handleMaintenanceCron } from "@/lib/cron/maintenance-cron";
import { withCron } from "@/lib/cron/with-cron";

/**
 * Daily (vercel.json): outcome retention, stale-run and stalled-scheduler checks. Answers what it found;
 * maxDuration is set in vercel.json.
 */
export const GET = withCron(handleMaintenanceCron);
