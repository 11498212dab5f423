import type { Metadata } from "next";
import { Activity, SearchX } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { dailyProcessTotals, DEFAULT_PROCESS_SORT, listProcesses } from "@/db/queries/processes";
import { findPersonRecords, MIN_PREFIX_LENGTH } from "@/db/queries/record-outcomes";
import { fillDays, windowStart } from "@/lib/activity/daily-series";
import { requireWorkspace } from "@/lib/auth/context";
import type { SearchParamsRecord } from "@/lib/search/table-params";
import { DailyChart } from "./_components/daily-chart";
import { LiveRefresh } from "./_components/live-refresh";
import { ProcessTable } from "./_components/process-table";
import { ActivityToolbar } from "./activity-toolbar";
import { parseActivityParams, PERSON_PREFIX, RUN_FILTER_KEYS } from "./activity-params";
import { FindPerson } from "./find-person";
import { SyncNowButton } from "./sync-now-button";

export const metadata: Metadata = { title: "Activity" };

/** The chart's window: the guide's "last 30 days". */
const CHART_DAYS = 30;

export default async function ActivityPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const { workspace } = await requireWorkspace();
  const { runs, person, filtered } = parseActivityParams(await searchParams);
  const now = new Date();
  const [list, totals, found] = await Promise.all([
    listProcesses(workspace.id, runs),
    dailyProcessTotals(workspace.id, windowStart(now, CHART_DAYS)),
    findPersonRecords(workspace.id, { q: person.q, limit: person.limit, offset: person.offset }),
  ]);
  const header = (
    <PageHeader
      title="Activity"
      description="Every sync run of this workspace, with what happened to each person. Times are shown in your time zone."
      actions={<SyncNowButton />}
    />
  );

  if (list.total === 0 && !filtered) {
    return (
      <>
        {header}
        <Card>
          <EmptyState
            icon={Activity}
            title="No sync runs yet"
            description="Each run will be listed here as a process with its counts — leads created, custom objects mapped, failed and with warnings, people skipped — and you will be able to open one to see every record's outcome and Marketo's reason. Runs start once a connection is saved."
          />
        </Card>
      </>
    );
  }

  const points = fillDays(totals, now, CHART_DAYS);
  const anyLive = list.rows.some((r) => r.status === "queued" || r.status === "running");
  return (
    <div className="space-y-6">
      <LiveRefresh active={anyLive} />
      {header}
      <Card>
        <CardHeader>
          <CardTitle>Records synced per day</CardTitle>
          <CardDescription>Custom objects written and failed over the last {CHART_DAYS} days (UTC), with the failure rate.</CardDescription>
        </CardHeader>
        <CardContent>
          {points.some((p) => p.mapped + p.failed > 0) ? (
            <DailyChart points={points} />
          ) : (
            <p className="py-6 text-center text-sm text-slate-600">No records were written or failed in the last {CHART_DAYS} days.</p>
          )}
        </CardContent>
      </Card>
      <FindPerson q={person.q} result={found} page={person.page} pageSize={person.pageSize} paramPrefix={PERSON_PREFIX} basePath="/activity" minPrefix={MIN_PREFIX_LENGTH} />
      <Card>
        <CardHeader>
          <CardTitle>Historical synchronization activity</CardTitle>
          <CardDescription>One row per run. Open a process to see each record&apos;s outcome and replay failures.</CardDescription>
        </CardHeader>
        <ActivityToolbar resetKeys={RUN_FILTER_KEYS} />
        <ProcessTable
          rows={list.rows}
          total={list.total}
          page={runs.page}
          pageSize={runs.pageSize}
          sort={runs.sort}
          defaultSort={DEFAULT_PROCESS_SORT}
          basePath="/activity"
          empty={<EmptyState icon={SearchX} title="No runs match" description="No run matches this search and these filters. Use Reset to see every run." />}
        />
      </Card>
    </div>
  );
}
