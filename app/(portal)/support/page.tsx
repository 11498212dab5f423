import type { Metadata } from "next";
import { SearchX, UserSearch } from "lucide-react";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { DEFAULT_PROCESS_SORT } from "@/db/queries/processes";
import { MIN_PREFIX_LENGTH } from "@/db/queries/record-outcomes";
import { searchSupportProcesses, searchSupportRecords } from "@/db/queries/support";
import { requireStaff } from "@/lib/auth/context";
import type { SearchParamsRecord } from "@/lib/search/table-params";
import { PersonResults } from "../activity/_components/person-results";
import { ProcessTable } from "../activity/_components/process-table";
import { parseSupportParams, RECORDS_PREFIX, SUPPORT_FILTER_KEYS } from "./support-params";
import { SupportTabs } from "./support-tabs";
import { SupportToolbar } from "./support-toolbar";

export const metadata: Metadata = { title: "Support" };

const BASE = "/support/processes";

export default async function SupportPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  await requireStaff();
  const { q, field, runs, records } = parseSupportParams(await searchParams);
  const [runResult, recordResult] = await Promise.all([
    searchSupportProcesses({ q, field, statuses: runs.statuses, kinds: runs.kinds, sort: runs.sort, limit: runs.limit, offset: runs.offset }),
    searchSupportRecords({ q, field, outcomes: records.outcomes, limit: records.limit, offset: records.offset }),
  ]);
  const searchesRecords = q.length > 0 && field !== "process_id" && field !== "client_id";
  // Runs are listed when asked for, or when "everything" found some (a name or email finds none).
  const searchesRuns = !q || field === "process_id" || field === "client_id" || field === "code" || runResult.total > 0;

  return (
    <>
      <PageHeader title="Support" description="For our support and on-call staff: every workspace's activity in one place. Read-only, apart from replaying failures." />
      <SupportTabs current="/support" />
      <div className="space-y-6">
        <SupportToolbar resetKeys={SUPPORT_FILTER_KEYS} />
        {searchesRecords && (
          <Card>
            <CardHeader>
              <CardTitle>Records</CardTitle>
              <CardDescription>Each person&apos;s records in every workspace, newest first, with the process and Marketo&apos;s reason.</CardDescription>
            </CardHeader>
            {q.length < MIN_PREFIX_LENGTH && field !== "code" && !/^\d+$/.test(q) ? (
              <p className="px-5 py-4 text-sm text-slate-600">Type at least {MIN_PREFIX_LENGTH} characters of an email, or a whole eventuserid, event ID or code.</p>
            ) : (
              <PersonResults
                rows={recordResult.rows}
                total={recordResult.total}
                capped={recordResult.capped}
                page={records.page}
                pageSize={records.pageSize}
                paramPrefix={RECORDS_PREFIX}
                basePath={BASE}
                showWorkspace
                empty={<EmptyState icon={UserSearch} title="No records found" description={<>No workspace has a record matching “{q}”.</>} />}
              />
            )}
          </Card>
        )}
        {searchesRuns && (
          <Card>
            <CardHeader>
              <CardTitle>{q ? "Runs" : "Latest runs in every workspace"}</CardTitle>
              <CardDescription>{q ? "Processes matching the search by process ID, ON24 client ID or error code." : "Filter by status to find failed or paused runs."}</CardDescription>
            </CardHeader>
            <ProcessTable
              rows={runResult.rows}
              total={runResult.total}
              page={runs.page}
              pageSize={runs.pageSize}
              sort={runs.sort}
              defaultSort={DEFAULT_PROCESS_SORT}
              basePath={BASE}
              showWorkspace
              empty={<EmptyState icon={SearchX} title="No runs found" description={q ? <>No process matches “{q}”.</> : "No workspace has run a sync yet."} />}
            />
          </Card>
        )}
      </div>
    </>
  );
}
