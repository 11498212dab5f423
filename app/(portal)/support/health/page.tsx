import type { Metadata } from "next";
import Link from "next/link";
import { Building2 } from "lucide-react";
import { LocalTime } from "@/components/data-table/local-time";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listConnectionHealth } from "@/db/queries/support";
import { requireStaff } from "@/lib/auth/context";
import { parsePageState, parseQuery, type SearchParamsRecord } from "@/lib/search/table-params";
import { ProcessStatusBadge } from "../../activity/_components/status-badges";
import { SupportTabs } from "../support-tabs";

export const metadata: Metadata = { title: "Connection health" };

const REGIONS = { na: "North America", eu: "Europe/Global" } as const;

function ConnectionBadge({ status }: { status: string }) {
  if (status === "ok") return <Badge tone="success">Working</Badge>;
  if (status === "broken") return <Badge tone="danger">Broken</Badge>;
  return <Badge>Not tested</Badge>;
}

/** Every workspace's connection and latest run, broken and paused ones first. Never a secret. */
export default async function ConnectionHealthPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  await requireStaff();
  const params = await searchParams;
  const q = parseQuery(params.q);
  const page = parsePageState(params, 50);
  const { rows, total } = await listConnectionHealth({ q, limit: page.limit, offset: page.offset });
  const hrefFor = (p: number) => `/support/health?${new URLSearchParams({ ...(q && { q }), page: String(p) })}`;

  return (
    <>
      <PageHeader title="Support" description="For our support and on-call staff: every workspace's activity in one place." />
      <SupportTabs current="/support/health" />
      <Card>
        <div className="border-b border-slate-100 px-4 py-3">
          <DataTableSearch label="Find a workspace" placeholder="Workspace name or ON24 client ID" />
        </div>
        {rows.length === 0 ? (
          <EmptyState icon={Building2} title={q ? "No workspace matches" : "No workspaces yet"} description={q ? <>No workspace is named like “{q}” or has that client ID.</> : "Workspaces appear here once someone signs up."} />
        ) : (
          <>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Workspace</TableHead>
                  <TableHead>ON24</TableHead>
                  <TableHead>Marketo</TableHead>
                  <TableHead>Connection</TableHead>
                  <TableHead>Sync</TableHead>
                  <TableHead>Last run</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((w) => (
                    <TableRow key={w.workspaceId} data-testid="health-row">
                      <TableCell>
                        <div className="font-medium text-slate-900">{w.name}</div>
                        <div className="text-xs text-slate-500">Virtual Conference {w.virtualConferenceEnabled ? "on" : "off"}</div>
                      </TableCell>
                      <TableCell>
                        <div className="font-mono">{w.on24ClientId ?? "—"}</div>
                        <div className="text-xs text-slate-500">{REGIONS[w.region]}</div>
                      </TableCell>
                      <TableCell className="max-w-48 break-all text-xs">{w.marketoHost?.replace(/^https?:\/\//, "") ?? "—"}</TableCell>
                      <TableCell className="max-w-72">
                        <ConnectionBadge status={w.connectionStatus} />
                        {w.connectionError && <p className="mt-1 text-xs text-red-700">{w.connectionError}</p>}
                        {w.lastTestAt && (
                          <p className="mt-1 text-xs text-slate-500">
                            Tested <LocalTime value={w.lastTestAt} />
                          </p>
                        )}
                      </TableCell>
                      <TableCell className="max-w-64">
                        {w.syncEnabled ? <Badge tone="success">Enabled</Badge> : <Badge>Off</Badge>}
                        {w.isPaused && w.pausedUntil && (
                          <p className="mt-1 text-xs text-amber-800">
                            Paused until <LocalTime value={w.pausedUntil} />
                            {w.pauseReason && <>: {w.pauseReason}</>}
                          </p>
                        )}
                      </TableCell>
                      <TableCell>
                        {w.lastProcessId && w.lastProcessStatus && w.lastProcessAt ? (
                          <div className="space-y-1">
                            <Link href={`/support/processes/${w.lastProcessId}`} className="font-mono text-brand-700 hover:underline">
                              {w.lastProcessId}
                            </Link>{" "}
                            <ProcessStatusBadge status={w.lastProcessStatus} />
                            <div className="text-xs text-slate-500">
                              <LocalTime value={w.lastProcessAt} />
                            </div>
                          </div>
                        ) : (
                          <span className="text-slate-400">Never ran</span>
                        )}
                      </TableCell>
                    </TableRow>
                ))}
              </TableBody>
            </Table>
            <Pagination page={page.page} pageSize={page.pageSize} total={total} hrefFor={hrefFor} className="border-t border-slate-100" />
          </>
        )}
      </Card>
    </>
  );
}
