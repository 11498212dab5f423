import type { Metadata } from "next";
import { ScrollText } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listAuditEntries } from "@/db/queries/audit";
import { requireWorkspace } from "@/lib/auth/context";
import { auditActionLabel, auditDetailEntries } from "./audit-labels";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const { workspace } = await requireWorkspace("admin");
  const page = parsePage((await searchParams).page);
  const { rows, total } = await listAuditEntries(workspace.id, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });

  return (
    <>
      <PageHeader title="Audit log" description="Who changed members, the connection and the options of this workspace, and when." />
      <Card>
        {total === 0 ? (
          <EmptyState icon={ScrollText} title="Nothing recorded yet" description="Changes to members, the connection and the options will be listed here." />
        ) : (
          <>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>When</TableHead>
                  <TableHead>Who</TableHead>
                  <TableHead>What</TableHead>
                  <TableHead>Details</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((entry) => (
                  <TableRow key={entry.id} data-testid="audit-row">
                    <TableCell className="whitespace-nowrap text-slate-500">{formatDateTime(entry.createdAt)}</TableCell>
                    <TableCell>
                      {entry.actorEmail ? (
                        <>
                          <div className="font-medium text-slate-900">{entry.actorName || entry.actorEmail}</div>
                          <div className="text-xs text-slate-500">{entry.actorEmail}</div>
                        </>
                      ) : (
                        <span className="text-slate-500">Deleted user or system</span>
                      )}
                    </TableCell>
                    <TableCell className="font-medium text-slate-900">{auditActionLabel(entry.action)}</TableCell>
                    <TableCell>
                      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
                        {auditDetailEntries(entry.detail).map(([key, value]) => (
                          <div key={key} className="contents">
                            <dt className="text-slate-500">{key}</dt>
                            <dd className="break-all text-slate-800">{value}</dd>
                          </div>
                        ))}
                      </dl>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Pagination page={page} pageSize={PAGE_SIZE} total={total} hrefFor={(p) => `/audit-log?page=${p}`} className="border-t border-slate-100" />
          </>
        )}
      </Card>
    </>
  );
}
