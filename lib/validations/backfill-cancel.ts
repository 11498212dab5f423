import { z } from "zod";

/** The Options page's cancel button: which backfill job to stop. */
export const cancelBackfillSchema = z.object({ jobId: z.uuid("Unknown backfill.") });
