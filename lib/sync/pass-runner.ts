// One pass over its fixed window, streamed: ON24 pages of 100 are read in order (the next batch's pages
// while the current batch is with Marketo), records that changed collect until there are 300, then the
// batch goes to Marketo and the checkpoint moves past it. Nothing holds more than a batch and the pages
// read ahead, so a 100,000-record window costs the memory of a few hundred records.
import type { On24Page } from "@/lib/on24/pages";
import type { On24Record, Pass } from "@/lib/sync/mapping/types";
import { writeBatch } from "./batch";
import type { RunContext } from "./context";
import type { CountDelta } from "./counts";
import type { FingerprintRow, OutcomeRow, SyncItem } from "./items";
import { countOutcomes } from "./outcomes";
import { preparePage } from "./prepare";
import { readAhead } from "./read-ahead";
import type { DayWindow, StreamPosition } from "./types";

/** Marketo's batch size for lookups, creates and custom-object upserts. */
export const BATCH_SIZE = 300;
/** Marketo refusing this many batches in a row means it is down: stop and let the next run resume. */
const MAX_REFUSED_IN_A_ROW = 3;
/** A batch's worth of ON24 pages is read while the batch before it is with Marketo. */
const READ_AHEAD_PAGES = 3;

export type Commit = (
  payload: { outcomes: OutcomeRow[]; fingerprints: FingerprintRow[]; delta: Partial<CountDelta> },
  position: StreamPosition,
) => Promise<void>;

export type PassArgs = {
  pass: Pass;
  window: DayWindow;
  from: StreamPosition;
  /** Where the cycle continues once this pass is done (the next pass, or "complete"). */
  end: StreamPosition;
  commit: Commit;
  onTotal: (total: number) => void;
};

export async function runPass(ctx: RunContext, args: PassArgs): Promise<"done" | "stopped"> {
  const { pass, window, from } = args;
  const source = { ...window, pageOffset: from.pageOffset };
  const pages = (pass === "registrant" ? ctx.on24.registrantPages(source) : ctx.on24.attendeePages(source)) as AsyncGenerator<
    On24Page<On24Record>
  >;
  // Pages are only requested ahead while there is time to use them.
  const ahead = readAhead(pages, READ_AHEAD_PAGES, () => !ctx.signal?.aborted && ctx.budget.canStart("page", "batch"));
  try {
    return await walk(ctx, args, () => ahead.next());
  } finally {
    await ahead.drain();
  }
}

async function walk(ctx: RunContext, args: PassArgs, nextPage: () => Promise<IteratorResult<On24Page<On24Record>>>): Promise<"done" | "stopped"> {
  const { pass, from } = args;
  // Keyed by registration: if ON24's paging shifts and a record comes round twice, it is written once.
  const pending = new Map<string, SyncItem>();
  const decided: { outcome: OutcomeRow; fingerprint?: FingerprintRow }[] = [];
  let consumed = 0;
  let refusedInARow = 0;
  let skip = from.skip;
  // Just past the last record read: where a run that stops between pages continues.
  let readTo: StreamPosition = from;
  // Where the stored checkpoint stands.
  let committed: StreamPosition = from;

  const flush = async (at: StreamPosition) => {
    const items = [...pending.values()];
    const batch = items.length > 0 ? await ctx.budget.time("batch", () => writeBatch(ctx, items)) : null;
    const outcomes = [...decided.map((d) => d.outcome), ...(batch?.outcomes ?? [])];
    const fingerprints = [...decided.flatMap((d) => (d.fingerprint ? [d.fingerprint] : [])), ...(batch?.fingerprints ?? [])];
    const delta = { ...countOutcomes(outcomes), recordsDone: consumed };
    await args.commit({ outcomes, fingerprints, delta }, at);
    committed = at;
    pending.clear();
    decided.length = 0;
    consumed = 0;
    refusedInARow = batch?.refused ? refusedInARow + 1 : batch ? 0 : refusedInARow;
    if (batch?.refused && refusedInARow >= MAX_REFUSED_IN_A_ROW) throw batch.refused;
  };

  /**
   * Many records skipped without Marketo (e.g. a window of Virtual Conference events) are recorded
   * while the batch still fills, so memory stays bounded. The checkpoint does not move past the
   * waiting records; their skip fingerprints make a re-read after a cut pass over them silently, and
   * they count in records_done with the batch that moves the checkpoint.
   */
  const recordDecided = async () => {
    // Only skips with a fingerprint: anything else would be recorded twice if the run were cut now.
    const early = decided.filter((d) => d.fingerprint);
    const outcomes = early.map((d) => d.outcome);
    await args.commit({ outcomes, fingerprints: early.map((d) => d.fingerprint!), delta: countOutcomes(outcomes) }, committed);
    decided.splice(0, decided.length, ...decided.filter((d) => !d.fingerprint));
  };

  for (;;) {
    if (ctx.signal?.aborted) return "stopped";
    if (!ctx.budget.canStart("page", "batch")) {
      // Not enough time for another page and the batch it may complete: write what is ready, then stop.
      if (consumed > 0 && ctx.budget.canStart("batch")) await flush(readTo);
      return "stopped";
    }
    const next = await ctx.budget.time("page", nextPage);
    if (next.done) break;
    const page = next.value;
    args.onTotal(page.total);
    const records = page.records.slice(skip);
    const prepared = await preparePage(ctx, pass, records);
    if (skip === 0) consumed += page.rejected; // records ON24 sent without an eventuserid, counted once
    for (let i = 0; i < prepared.length; i++) {
      const p = prepared[i];
      consumed++;
      if (p.kind === "pending") pending.set(`${p.item.eventId}|${p.item.eventUserId}`, p.item);
      else if (p.kind === "decided") decided.push(p);
      if (pending.size >= BATCH_SIZE) {
        if (ctx.signal?.aborted || !ctx.budget.canStart("batch")) return "stopped";
        await flush(positionAfter(args, page, skip + i + 1));
      }
    }
    skip = 0;
    readTo = positionAfter(args, page, page.records.length);
    // A page with nothing to send still moves the checkpoint, so a killed run never re-reads much.
    if (pending.size === 0 && consumed > 0) await flush(readTo);
    else if (decided.filter((d) => d.fingerprint).length >= BATCH_SIZE) await recordDecided();
  }
  if (consumed > 0 || pending.size > 0 || decided.length > 0) await flush(args.end);
  return "done";
}

/** The position after the first `done` records of `page`. */
function positionAfter(args: PassArgs, page: On24Page<On24Record>, done: number): StreamPosition {
  if (done < page.records.length) return { pass: args.pass, pageOffset: page.pageOffset, skip: done };
  return page.next ? { pass: args.pass, pageOffset: page.next.pageOffset, skip: 0 } : args.end;
}
