import { Badge } from "@/components/ui/badge";
import type { Outcome, ProcessKind, ProcessStatus } from "@/db/schema";

type Tone = "neutral" | "brand" | "success" | "warning" | "danger";

export const STATUS_LABELS: Record<ProcessStatus, string> = {
  queued: "Queued",
  running: "Running",
  completed: "Completed",
  completed_with_errors: "Completed with errors",
  failed: "Failed",
  paused: "Paused",
  cancelled: "Cancelled",
};
const STATUS_TONES: Record<ProcessStatus, Tone> = {
  queued: "neutral",
  running: "brand",
  completed: "success",
  completed_with_errors: "warning",
  failed: "danger",
  paused: "warning",
  cancelled: "neutral",
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  created: "Created",
  updated: "Updated",
  skipped: "Skipped",
  failed: "Failed",
  warning: "Warning",
};
const OUTCOME_TONES: Record<Outcome, Tone> = { created: "success", updated: "brand", skipped: "neutral", failed: "danger", warning: "warning" };

export const KIND_LABELS: Record<ProcessKind, string> = { incremental: "Incremental", backfill: "Backfill", replay: "Replay" };

export function ProcessStatusBadge({ status }: { status: ProcessStatus }) {
  return (
    <Badge tone={STATUS_TONES[status]} className="whitespace-nowrap">
      {status === "running" && <span className="size-1.5 animate-pulse rounded-full bg-current" aria-hidden />}
      {STATUS_LABELS[status]}
    </Badge>
  );
}

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  return <Badge tone={OUTCOME_TONES[outcome]}>{OUTCOME_LABELS[outcome]}</Badge>;
}
