import { handleSyncCron } from "@/lib/cron/sync-cron";
import { withCron } from "@/lib/cron/with-cron";

/**
 * Vercel Cron (every 5 minutes, vercel.json) and a self-hosted crontab call this with
 * `Authorization: Bearer $CRON_SECRET`. One scheduler tick; maxDuration is set in vercel.json.
 */
export const GET = withCron(handleSyncCron);
