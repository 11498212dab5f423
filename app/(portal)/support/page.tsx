import type { Metadata } from "next";
import { LifeBuoy } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/context";

export const metadata: Metadata = { title: "Support" };

export default async function SupportPage() {
  await requireStaff();
  return (
    <>
      <PageHeader title="Support" description="For our support and on-call staff: every workspace's activity in one place." />
      <Card>
        <EmptyState
          icon={LifeBuoy}
          title="Cross-workspace search is not available yet"
          description="You will search sync runs across all workspaces by process ID, ON24 client ID, email, event ID, status or error code, and open a run to see why a person did not arrive."
        />
      </Card>
    </>
  );
}
