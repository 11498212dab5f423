import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { PageHeader } from "@/components/ui/page-header";
import { getOutboxEmail } from "@/db/queries/outbox";
import { requireWorkspace } from "@/lib/auth/context";
import { EmailDetail } from "../email-detail";

export const metadata: Metadata = { title: "Email" };

export default async function OutboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  const { workspace } = await requireWorkspace("admin");
  const id = Number((await params).id);
  const email = Number.isSafeInteger(id) && id > 0 ? await getOutboxEmail(workspace.id, id) : null;
  if (!email) notFound();

  return (
    <>
      <Link href="/outbox" className="mb-4 inline-flex items-center gap-1 text-sm font-medium text-slate-600 hover:text-slate-900">
        <ArrowLeft className="size-4" aria-hidden /> Outbox
      </Link>
      <PageHeader title={email.subject} />
      <EmailDetail email={email} previewTitle="As the recipient sees it" />
    </>
  );
}
