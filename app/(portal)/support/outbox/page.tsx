import type { Metadata } from "next";
import Link from "next/link";
import { BellRing } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listOnCallEmails, listOpenAlerts } from "@/db/queries/staff-outbox";
import { requireStaff } from "@/lib/auth/context";
import { EmailStatusBadge, emailKindLabel } from "../../outbox/email-status-badge";
import { OpenAlerts } from "./open-alerts";

export const metadata: Metadata = { title: "On-call emails" };

/** Fifty rows keep the page quick to scan; older emails are a click away. */
const PAGE_SIZE = 50;

export default async function OnCallOutboxPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  await requireStaff();
  const page = parsePage((await searchParams).page);
  const [{ rows, total }, open] = await Promise.all([listOnCallEmails({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }), listOpenAlerts()]);

  return (
    <>
      <PageHeader
        title="On-call emails"
        description="Every alert and recovery email, for all workspaces and for the service as a whole (scheduler). Without an email provider configured, they are kept here instead of being delivered."
      />
      <OpenAlerts alerts={open} />
      <Card>
        {total === 0 ? (
          <EmptyState icon={BellRing} title="No alerts yet" description="Failed runs, broken credentials, used-up quotas, a stalled scheduler and expired locks will be listed here." />
        ) : (
          <>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Subject</TableHead>
                  <TableHead>Workspace</TableHead>
                  <TableHead>Kind</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead>Created</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((email) => (
                  <TableRow key={email.id} data-testid="oncall-email-row">
                    <TableCell className="max-w-96">
                      <Link href={`/support/outbox/${email.id}`} className="block truncate font-medium text-brand-700 hover:underline">
                        {email.subject}
                      </Link>
                    </TableCell>
                    <TableCell className="max-w-48 truncate">{email.workspaceId ? (email.workspaceName ?? email.workspaceId) : "All workspaces"}</TableCell>
                    <TableCell className="whitespace-nowrap">{emailKindLabel(email.kind)}</TableCell>
                    <TableCell>
                      <EmailStatusBadge status={email.status} />
                    </TableCell>
                    <TableCell className="whitespace-nowrap text-slate-500">{formatDateTime(email.createdAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Pagination page={page} pageSize={PAGE_SIZE} total={total} hrefFor={(p) => `/support/outbox?page=${p}`} className="border-t border-slate-100" />
          </>
        )}
      </Card>
    </>
  );
}
