import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import type { OutboxEmail } from "@/db/schema";
import { EmailStatusBadge, emailKindLabel } from "./email-status-badge";

type Shown = Pick<OutboxEmail, "to" | "kind" | "status" | "createdAt" | "error" | "html" | "text">;

/** One recorded email: its facts, delivery state, the HTML as received and the plain text (admin and staff outboxes). */
export function EmailDetail({ email, extraFacts, previewTitle }: { email: Shown; extraFacts?: React.ReactNode; previewTitle: string }) {
  return (
    <div className="space-y-6">
      <Card>
        <CardContent>
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[8rem_1fr]">
            <dt className="text-slate-500">To</dt>
            <dd className="text-slate-900">{email.to.join(", ")}</dd>
            {extraFacts}
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
          <CardTitle>{previewTitle}</CardTitle>
        </CardHeader>
        {/* An empty sandbox: no scripts, no forms, no same-origin access — the HTML is only displayed. */}
        <iframe title="Email preview" sandbox="" srcDoc={email.html} className="h-[32rem] w-full rounded-b-lg border-0 bg-white" />
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
    </div>
  );
}
