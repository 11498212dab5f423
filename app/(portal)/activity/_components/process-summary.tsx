import Link from "next/link";
import { LocalTime } from "@/components/data-table/local-time";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Process } from "@/db/schema";
import { formatCount, formatDuration } from "./format";
import type { ProcessViewData } from "./load-process-view";
import { KIND_LABELS, ProcessStatusBadge } from "./status-badges";

type Props = { process: Process; data: ProcessViewData; basePath: string };

const COUNTS: { key: keyof Process; label: string; title: string; alarm?: boolean }[] = [
  { key: "leadsCreated", label: "Leads created", title: "Number of leads successfully created" },
  { key: "coMapped", label: "Custom objects mapped", title: "Number of successfully mapped custom objects" },
  { key: "coFailed", label: "Custom objects failed", title: "Number of custom objects failed", alarm: true },
  { key: "coWarnings", label: "With warnings", title: "Number of custom objects with warnings" },
  { key: "skipped", label: "People skipped", title: "Not synced on purpose, for example not in Marketo while Create New People is off" },
];

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-3 py-1.5">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

/** The guide's counts as tiles, then what, when, who and how much of the quota. */
export function ProcessSummary({ process, data, basePath }: Props) {
  const duration = formatDuration(process.startedAt, process.finishedAt);
  return (
    <>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {COUNTS.map(({ key, label, title, alarm }) => {
          const value = process[key] as number;
          return (
            <div key={key} className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm" title={title}>
              <dt className="text-xs font-medium text-slate-500">{label}</dt>
              <dd className={`mt-1 text-2xl font-semibold tabular-nums ${alarm && value > 0 ? "text-red-700" : "text-slate-900"}`}>{formatCount(value)}</dd>
            </div>
          );
        })}
      </dl>
      <Card>
        <CardHeader>
          <CardTitle>About this run</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-x-8 text-sm md:grid-cols-2">
            <div>
              <Row label="Status"><ProcessStatusBadge status={process.status} /></Row>
              <Row label="Kind">{KIND_LABELS[process.kind]}</Row>
              {data.original && (
                <Row label="Replay of">
                  <Link href={`${basePath}/${data.original.id}`} className="font-mono text-brand-700 hover:underline">
                    Process {data.original.id}
                  </Link>
                </Row>
              )}
              {data.replays.length > 0 && (
                <Row label="Replayed in">
                  <span className="flex flex-wrap gap-x-3">
                    {data.replays.map((r) => (
                      <Link key={r.id} href={`${basePath}/${r.id}`} className="font-mono text-brand-700 hover:underline">
                        {r.id}
                      </Link>
                    ))}
                  </span>
                </Row>
              )}
              <Row label="Started by">{data.triggeredBy}</Row>
              <Row label="Client ID">{process.on24ClientId ?? "—"}</Row>
              <Row label="Custom object"><span className="font-mono text-xs">{process.customObjectName}</span></Row>
            </div>
            <div>
              <Row label="Created"><LocalTime value={process.createdAt} withSeconds /></Row>
              <Row label="Started">{process.startedAt ? <LocalTime value={process.startedAt} withSeconds /> : "Not yet"}</Row>
              <Row label="Finished">{process.finishedAt ? <LocalTime value={process.finishedAt} withSeconds /> : "Not yet"}</Row>
              <Row label="Duration">{duration ?? "—"}</Row>
              <Row label="ON24 activity window">
                {process.windowStart && process.windowEnd ? (
                  <>
                    <LocalTime value={process.windowStart} /> – <LocalTime value={process.windowEnd} />
                  </>
                ) : (
                  "—"
                )}
              </Row>
              <Row label="API calls used">
                {formatCount(process.marketoCalls)} Marketo · {formatCount(process.on24Calls)} ON24
              </Row>
            </div>
          </dl>
        </CardContent>
      </Card>
    </>
  );
}
