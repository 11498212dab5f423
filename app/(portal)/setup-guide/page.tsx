import type { Metadata } from "next";
import { BookOpen } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspace } from "@/lib/auth/context";

export const metadata: Metadata = { title: "Setup guide" };

export default async function SetupGuidePage() {
  await requireWorkspace();
  return (
    <>
      <PageHeader title="Setup guide" description="Preparing ON24 and Marketo before you connect them." />
      <Card>
        <EmptyState
          icon={BookOpen}
          title="The setup guide is not written here yet"
          description={
            <>
              Step by step, it will cover creating the <code className="rounded bg-slate-100 px-1">oN24Attendee_c</code>{" "}
              custom object and its fields in Marketo, the API-only user and its permissions, the optional{" "}
              <code className="rounded bg-slate-100 px-1">pEPURL__c</code> lead field, and the smart campaigns that set
              program statuses.
            </>
          }
        />
      </Card>
    </>
  );
}
