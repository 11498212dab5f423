import type { Metadata } from "next";
import Link from "next/link";
import { Inbox } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listOutboxEmails } from "@/db/queries/outbox";
import { requireWorkspace } from "@/lib/auth/context";
import { EmailStatusBadge, emailKindLabel } from "./email-status-badge";

export const metadata: Metadata = { title: "Outbox" };

/** Fifty rows keep the page quick to scan; older emails are a click away. */
const PAGE_SIZE = 50;

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const { workspace } = await requireWorkspace("admin");
  const page = parsePage((await searchParams).page);
  const { rows, total } = await listOutboxEmails(workspace.id, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });

  return (
    <>
      <PageHeader
        title="Outbox"
        description="Every email this workspace sent or would have sent: invitations, run summaries and alerts. Without an email provider configured, emails are kept here instead of being delivered."
      />
      <Card>
        {total === 0 ? (
          <EmptyState
            icon={Inbox}
            title="No emails yet"
            description="Invitations to this workspace and, once syncing runs, run summaries and alerts will be listed here."
          />
        ) : (
          <>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Subject</TableHead>
                  <TableHead>To</TableHead>
                  <TableHead>Kind</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead>Created</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((email) => (
                  <TableRow key={email.id} data-testid="outbox-row">
                    <TableCell className="max-w-80">
                      <Link href={`/outbox/${email.id}`} className="block truncate font-medium text-brand-700 hover:underline">
                        {email.subject}
                      </Link>
                    </TableCell>
                    <TableCell className="max-w-56 truncate">{email.to.join(", ")}</TableCell>
                    <TableCell className="whitespace-nowrap">{emailKindLabel(email.kind)}</TableCell>
                    <TableCell>
                      <EmailStatusBadge status={email.status} />
                    </TableCell>
                    <TableCell className="whitespace-nowrap text-slate-500">{formatDateTime(email.createdAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Pagination page={page} pageSize={PAGE_SIZE} total={total} hrefFor={(p) => `/outbox?page=${p}`} className="border-t border-slate-100" />
          </>
        )}
      </Card>
    </>
  );
}
