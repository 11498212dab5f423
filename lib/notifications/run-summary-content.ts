import type { Process } from "@/db/schema";
import { explainCode } from "@/lib/activity/explain-code";
import type { FailureReason, RunSummaryEmailProps } from "@/lib/email/templates/run-summary";
import { formatDuration, formatUtc, plural } from "./format";
import { processUrl } from "./links";
import { redactSecrets } from "./redact";
import type { ReasonCount, RunFacts } from "./run-facts";

const KIND_LABELS: Record<Process["kind"], string> = { incremental: "Sync", backfill: "Backfill", replay: "Replay" };
const STATUS_WORDS: Partial<Record<Process["status"], string>> = {
  completed: "completed",
  completed_with_errors: "completed with errors",
  failed: "failed",
  paused: "paused",
};

/** A run that wrote nothing and did not fail: most incremental runs outside events look like this. */
export function isEmptyRun(process: Process): boolean {
  const written = process.leadsCreated + process.coMapped + process.coFailed + process.coWarnings + process.skipped;
  return written === 0 && !process.errorCode && process.status !== "failed";
}

export function buildRunSummary(facts: RunFacts, reasons: ReasonCount[], origin: string): { subject: string; props: RunSummaryEmailProps } {
  const { process: p, workspace } = facts;
  const headline = `${KIND_LABELS[p.kind] ?? "Sync"} ${STATUS_WORDS[p.status] ?? p.status}`;
  const stopReason = stopReasonOf(facts);
  const outcome =
    p.status === "failed" && stopReason ? stopReason.title : `${p.coMapped.toLocaleString("en-US")} mapped, ${p.coFailed.toLocaleString("en-US")} failed`;
  return {
    subject: `[ON24 Connect] ${headline} for ${workspace.name}: ${outcome}`,
    props: {
      workspaceName: workspace.name,
      headline,
      summary:
        `${plural(p.leadsCreated, "person", "people")} created in Marketo, ${plural(p.coMapped, p.customObjectName + " record")} created or updated, ` +
        `${p.coFailed.toLocaleString("en-US")} failed, ${p.coWarnings.toLocaleString("en-US")} with warnings, ${p.skipped.toLocaleString("en-US")} skipped.`,
      counts: [
        { label: "Leads successfully created", value: String(p.leadsCreated) },
        { label: "Custom objects successfully mapped", value: String(p.coMapped) },
        { label: "Custom objects failed", value: String(p.coFailed) },
        { label: "Custom objects with warnings", value: String(p.coWarnings) },
        { label: "Skipped", value: String(p.skipped) },
      ],
      run: runFacts(p),
      stopReason,
      reasons: reasons.map(toFailureReason),
      links: [
        { label: "Open the run", href: processUrl(origin, p.id) },
        { label: "Activity log", href: `${origin}/activity` },
      ],
    },
  };
}

function runFacts(p: Process) {
  const facts = [
    { label: "Process ID", value: String(p.id) },
    { label: "Custom object", value: p.customObjectName },
  ];
  if (p.on24ClientId) facts.push({ label: "ON24 client ID", value: p.on24ClientId });
  if (p.windowStart && p.windowEnd) facts.push({ label: "Window", value: `${formatUtc(p.windowStart)} to ${formatUtc(p.windowEnd)}` });
  if (p.startedAt && p.finishedAt) facts.push({ label: "Duration", value: formatDuration(p.finishedAt.getTime() - p.startedAt.getTime()) });
  if (p.finishedAt) facts.push({ label: "Finished", value: formatUtc(p.finishedAt) });
  return facts;
}

function stopReasonOf({ process: p, workspace }: RunFacts): RunSummaryEmailProps["stopReason"] {
  const resumes = p.status === "paused" && workspace.pausedUntil ? ` Syncing resumes on its own at ${formatUtc(workspace.pausedUntil)}.` : "";
  if (!p.errorCode && !p.errorMessage && !resumes) return null;
  const explained = explainCode(p.errorCode);
  const message = (redactSecrets(p.errorMessage) || explained?.explanation || "") + resumes;
  return {
    title: explained?.title ?? (p.status === "paused" ? "Paused" : "Stopped"),
    message: message.trim(),
    fix: explained?.fix ?? "Open the run for details, or contact support with the process ID.",
  };
}

function toFailureReason(r: ReasonCount): FailureReason {
  const explained = explainCode(r.code);
  return {
    code: r.code,
    title: explained?.title ?? r.code,
    count: r.count,
    fix: explained?.fix ?? "Open the run for details.",
    example: r.example ? redactSecrets(r.example) : null,
  };
}
