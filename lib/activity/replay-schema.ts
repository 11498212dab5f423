import { z } from "zod";
import { MAX_REPLAY_RECORDS } from "./queue-replay";

/** FormData gives one value for one checkbox and an array for several. */
const idList = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.coerce.number().int().positive()).max(MAX_REPLAY_RECORDS, `Replay at most ${MAX_REPLAY_RECORDS} records at once.`),
);

/** The replay form: the chosen failures, or every failure with one code. */
export const replaySchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("selected"), processId: z.coerce.number().int().positive(), outcomeIds: idList }),
  z.object({
    mode: z.literal("code"),
    processId: z.coerce.number().int().positive(),
    code: z.string().trim().min(1, "Choose a code.").max(60),
  }),
]);

export type ReplayInput = z.output<typeof replaySchema>;
