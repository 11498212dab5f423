// Shapes shared by the sync engine's modules: checkpoint cursors, per-run counts and the run result.
import type { ProcessKind, ProcessStatus } from "@/db/schema";
import type { Pass } from "@/lib/sync/mapping/types";

export type { Pass };

/** Pacific calendar days, both inclusive, as ON24's startdate/enddate take them. */
export type DayWindow = { startDate: string; endDate: string };

/**
 * Where a cycle continues: the pass, the zero-based ON24 page to read next and how many records of
 * that page are already done. `pass: "complete"` means every pass is written and only the finish is left.
 */
export type StreamPosition = { pass: Pass | "complete"; pageOffset: number; skip: number };

/**
 * One pass over fixed windows (an incremental cycle or a backfill job), possibly spread over several
 * runs. The windows are fixed when the cycle starts, so ON24's paging stays stable while it resumes.
 */
export type ActiveCycle = {
  processId: number;
  /** ISO instant the cycle started; the windows end on its Pacific day and it becomes the next high-water mark. */
  startedAt: string;
  passes: Pass[];
  windows: Partial<Record<Pass, DayWindow>>;
  position: StreamPosition;
  /** ON24's page totals per pass, for records_estimate. */
  totals: Partial<Record<Pass, number>>;
};

/** sync_checkpoints stream "incremental". */
export type IncrementalCursor = {
  v: 1;
  /** Everything registered before this instant has been read (absent: first run, or the pass is off). */
  registrantsThrough?: string;
  /** Every attendee active before this instant has been read. */
  attendeesThrough?: string;
  active?: ActiveCycle | null;
};

/** sync_checkpoints stream "backfill:<jobId>". */
export type BackfillCursor = { v: 1; active: ActiveCycle };

/** sync_checkpoints stream "replay:<processId>" (written by lib/activity/queue-replay.ts; `position` is ours). */
export type ReplayCursor = { outcomeIds: number[]; position?: number };

export type RunCounts = {
  leadsCreated: number;
  coMapped: number;
  coFailed: number;
  coWarnings: number;
  skipped: number;
  marketoCalls: number;
  on24Calls: number;
  recordsDone: number;
  recordsEstimate: number | null;
};

/** Why runSync did not run at all (no process row was touched). */
export type NotRunReason = "not_ready" | "paused" | "broken" | "nothing_to_do";

export type RunResult = {
  /** The process this run worked on; null when it did not run. */
  processId: number | null;
  status: ProcessStatus | NotRunReason;
  /** True when the run stopped early (deadline, transient error) and the next run continues the same process. */
  moreWork: boolean;
  /** The process's totals so far (all of its runs), read back from its row. */
  counts: RunCounts;
  /** In words a marketer understands, when the run did not complete. */
  message?: string;
};

export type SyncKind = ProcessKind;
