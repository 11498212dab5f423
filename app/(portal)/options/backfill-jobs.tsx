import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db";
import type { BackfillStatus } from "@/db/schema";
import { listBackfillJobs, type BackfillJobView } from "@/lib/scheduler/backfill-jobs";
import { BackfillProgressRefresh, CancelBackfillButton } from "./cancel-backfill-button";

const STATUS: Record<BackfillStatus, { label: string; tone: "neutral" | "brand" | "success" | "warning" | "danger" }> = {
  queued: { label: "Waiting", tone: "neutral" },
  running: { label: "Running", tone: "brand" },
  completed: { label: "Done", tone: "success" },
  failed: { label: "Failed", tone: "danger" },
  cancelled: { label: "Cancelled", tone: "warning" },
};

/** The workspace's backfill jobs with their progress; admins may cancel one that has not finished. */
export async function BackfillJobs({ workspaceId, canCancel }: { workspaceId: string; canCancel: boolean }) {
  const jobs = await listBackfillJobs(await getDb(), workspaceId);
  if (jobs.length === 0) return null;
  const open = jobs.some((j) => j.status === "queued" || j.status === "running");
  return (
    <Card>
      {open && <BackfillProgressRefresh />}
      <CardHeader>
        <CardTitle>Backfills</CardTitle>
        <CardDescription>Past activity being brought into Marketo, a chunk at a time alongside the regular sync.</CardDescription>
      </CardHeader>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Days</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="w-2/5">Progress</TableHead>
            <TableHead className="text-right">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {jobs.map((job) => (
            <BackfillRow key={job.id} job={job} canCancel={canCancel} />
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}

function BackfillRow({ job, canCancel }: { job: BackfillJobView; canCancel: boolean }) {
  const days = `${job.startDate} to ${job.endDate}`;
  const status = STATUS[job.status];
  const cancellable = job.status === "queued" || job.status === "running";
  return (
    <TableRow data-testid="backfill-row" data-status={job.status}>
      <TableCell className="whitespace-nowrap">
        <div className="font-medium text-slate-900">{days}</div>
        <div className="text-xs text-slate-500">Requested {formatDateTime(job.createdAt)}</div>
      </TableCell>
      <TableCell>
        <Badge tone={status.tone}>{status.label}</Badge>
        {job.error && <p className="mt-1 max-w-64 text-xs text-red-700">{job.error}</p>}
      </TableCell>
      <TableCell>
        <BackfillProgress job={job} />
      </TableCell>
      <TableCell className="text-right">
        {canCancel && cancellable && <CancelBackfillButton jobId={job.id} days={days} running={job.status === "running"} />}
      </TableCell>
    </TableRow>
  );
}

const count = new Intl.NumberFormat("en-US");

/** Records done of the estimate ON24's page totals give; the bar is only drawn once there is an estimate. */
export function BackfillProgress({ job }: { job: Pick<BackfillJobView, "recordsDone" | "recordsEstimate" | "status"> }) {
  const { recordsDone: done, recordsEstimate: estimate } = job;
  if (job.status === "queued" && done === 0) return <span className="text-sm text-slate-500">Starts at the next sync run</span>;
  if (!estimate) return <span className="text-sm text-slate-700">{count.format(done)} records (total not known yet)</span>;
  const percent = job.status === "completed" ? 100 : Math.min(100, Math.floor((done / estimate) * 100));
  const label = `${count.format(done)} of about ${count.format(estimate)} records`;
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div className="h-full rounded-full bg-brand-500 transition-all" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-xs text-slate-600">
        {label} ({percent}%)
      </p>
    </div>
  );
}
