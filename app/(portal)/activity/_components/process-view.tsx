import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { DEFAULT_OUTCOME_SORT } from "@/db/queries/record-outcomes";
import type { Process } from "@/db/schema";
import type { ServerAction } from "@/lib/actions/safe-action";
import { explainCode } from "@/lib/activity/explain-code";
import { LiveRefresh } from "./live-refresh";
import type { ProcessViewData } from "./load-process-view";
import { OutcomeChart } from "./outcome-chart";
import { OutcomeTable } from "./outcome-table";
import { ProcessSummary } from "./process-summary";
import { ProgressBar } from "./progress-bar";
import { STATUS_LABELS } from "./status-badges";

type Props = {
  process: Process;
  data: ProcessViewData;
  /** /activity for customers, /support/processes for staff. */
  basePath: string;
  backHref: string;
  backLabel: string;
  workspaceName?: string;
  replayAction?: ServerAction;
  exportHref: string;
};

/** One process: live progress, the reason it stopped, counts, outcomes and every record. Shared by customers and staff. */
export function ProcessView({ process, data, basePath, backHref, backLabel, workspaceName, replayAction, exportHref }: Props) {
  const live = process.status === "queued" || process.status === "running";
  const error = explainCode(process.errorCode);
  const finished = !live;
  return (
    <div className="space-y-6">
      <LiveRefresh active={live} />
      <Link href={backHref} className="inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ArrowLeft className="size-4" aria-hidden /> {backLabel}
      </Link>
      <PageHeader
        title={`Process ${process.id}`}
        description={`${workspaceName ? `${workspaceName} · ` : ""}${STATUS_LABELS[process.status]}. Every record this run handled, with Marketo's reason for each one that did not go through.`}
      />
      {live && (
        <Card>
          <CardContent className="py-4">
            <ProgressBar done={process.recordsDone} estimate={process.recordsEstimate} queued={process.status === "queued"} />
          </CardContent>
        </Card>
      )}
      {(process.status === "failed" || process.status === "paused" || process.errorMessage) && (
        <Alert tone={process.status === "failed" ? "danger" : "warning"} title={error ? `${error.title} (${error.code})` : process.status === "paused" ? "Paused" : "This run stopped"}>
          {process.errorMessage && <p>{process.errorMessage}</p>}
          {error && <p className="mt-1">{error.explanation}</p>}
          {error && (
            <p className="mt-1">
              <span className="font-medium">Fix: </span>
              {error.fix}
            </p>
          )}
        </Alert>
      )}
      <ProcessSummary process={process} data={data} basePath={basePath} />
      <Card>
        <CardHeader>
          <CardTitle>Outcomes</CardTitle>
        </CardHeader>
        <CardContent>
          <OutcomeChart counts={data.counts} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Records</CardTitle>
          <CardDescription>Each failure shows Marketo&apos;s code and message, what it means and how to fix it.</CardDescription>
        </CardHeader>
        <OutcomeTable
          processId={process.id}
          rows={data.outcomes.rows}
          total={data.outcomes.total}
          page={data.query.page}
          pageSize={data.query.pageSize}
          sort={data.query.sort}
          defaultSort={DEFAULT_OUTCOME_SORT}
          codes={data.codes}
          failureCodes={data.failureCodes}
          replayAction={finished ? replayAction : undefined}
          exportHref={data.counts.failed > 0 ? exportHref : undefined}
        />
      </Card>
    </div>
  );
}
