import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { getOnCallEmail } from "@/db/queries/staff-outbox";
import { requireStaff } from "@/lib/auth/context";
import { EmailStatusBadge, emailKindLabel } from "../../../outbox/email-status-badge";

export const metadata: Metadata = { title: "On-call email" };

export default async function OnCallEmailPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff();
  const id = Number((await params).id);
  const email = Number.isSafeInteger(id) && id > 0 ? await getOnCallEmail(id) : null;
  if (!email) notFound();

  return (
    <>
      <Link href="/support/outbox" className="mb-4 inline-flex items-center gap-1 text-sm font-medium text-slate-600 hover:text-slate-900">
        <ArrowLeft className="size-4" aria-hidden /> On-call emails
      </Link>
      <PageHeader title={email.subject} />
      <div className="space-y-6">
        <Card>
          <CardContent>
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[8rem_1fr]">
              <dt className="text-slate-500">To</dt>
              <dd className="text-slate-900">{email.to.join(", ")}</dd>
              <dt className="text-slate-500">Workspace</dt>
              <dd className="text-slate-900">{email.workspaceId ? (email.workspaceName ?? email.workspaceId) : "All workspaces"}</dd>
              <dt className="text-slate-500">Kind</dt>
              <dd className="text-slate-900">{emailKindLabel(email.kind)}</dd>
              <dt className="text-slate-500">Status</dt>
              <dd>
                <EmailStatusBadge status={email.status} />
              </dd>
              <dt className="text-slate-500">Created</dt>
              <dd className="text-slate-900">{formatDateTime(email.createdAt)}</dd>
            </dl>
            {email.status === "outbox" && (
              <Alert className="mt-4">No email provider is configured, so this email was kept here and not delivered.</Alert>
            )}
            {email.status === "failed" && email.error && (
              <Alert tone="danger" className="mt-4" title="Delivery failed">
                {email.error}
              </Alert>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Plain text</CardTitle>
          </CardHeader>
          <CardContent>
            <pre className="whitespace-pre-wrap break-words font-mono text-xs text-slate-800" data-testid="email-text">
              {email.text}
            </pre>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>As on-call sees it</CardTitle>
          </CardHeader>
          {/* An empty sandbox: no scripts, no forms, no same-origin access — the HTML is only displayed. */}
          <iframe title="Email preview" sandbox="" srcDoc={email.html} className="h-[32rem] w-full rounded-b-lg border-0 bg-white" />
        </Card>
      </div>
    </>
  );
}
