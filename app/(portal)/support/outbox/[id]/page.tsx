import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { PageHeader } from "@/components/ui/page-header";
import { getOnCallEmail } from "@/db/queries/staff-outbox";
import { requireStaff } from "@/lib/auth/context";
import { EmailDetail } from "../../../outbox/email-detail";

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
      <EmailDetail
        email={email}
        previewTitle="As on-call sees it"
        extraFacts={
          <>
            <dt className="text-slate-500">Workspace</dt>
            <dd className="text-slate-900">{email.workspaceId ? (email.workspaceName ?? email.workspaceId) : "All workspaces"}</dd>
          </>
        }
      />
    </>
  );
}
