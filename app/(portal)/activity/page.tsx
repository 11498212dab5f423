import type { Metadata } from "next";
import { Activity } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspace } from "@/lib/auth/context";

export const metadata: Metadata = { title: "Activity" };

export default async function ActivityPage() {
  await requireWorkspace();
  return (
    <>
      <PageHeader title="Activity" description="Every sync run of this workspace, with what happened to each person." />
      <Card>
        <EmptyState
          icon={Activity}
          title="No sync runs yet"
          description={
            <>
              Each run will be listed here as a process with its counts — leads created, custom objects mapped, failed and
              with warnings, people skipped — and you will be able to open one to see every record&apos;s outcome and
              Marketo&apos;s reason. Runs start once a connection is saved.
            </>
          }
        />
      </Card>
    </>
  );
}
