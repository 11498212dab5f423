import type { Metadata } from "next";
import { SlidersHorizontal } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspace } from "@/lib/auth/context";

export const metadata: Metadata = { title: "Options" };

export default async function OptionsPage() {
  await requireWorkspace();
  return (
    <>
      <PageHeader title="Options" description="What the sync does with ON24 registrants and attendees." />
      <Card>
        <EmptyState
          icon={SlidersHorizontal}
          title="Options are not available yet"
          description={
            <>
              Admins will turn <strong>Create New People</strong> and <strong>ON24 Registrants</strong> on or off here,
              request a backfill of past activity, and choose who receives an email after each sync run — with a preview
              of what each choice will do before it is saved.
            </>
          }
        />
      </Card>
    </>
  );
}
