import type { Metadata } from "next";
import { Plug } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspace } from "@/lib/auth/context";

export const metadata: Metadata = { title: "Connection" };

export default async function ConnectionPage() {
  const { workspace } = await requireWorkspace();
  return (
    <>
      <PageHeader title="Connection" description={`How ${workspace.name} reaches your ON24 account and your Marketo instance.`} />
      <Card>
        <EmptyState
          icon={Plug}
          title="Connection setup is not available yet"
          description={
            <>
              This is where you will enter your ON24 client ID, access token and region, and your Marketo client ID,
              client secret and REST endpoint, then run <strong>Test Connection</strong> to check each permission and
              field. Nothing is synced for this workspace until a connection is saved.
            </>
          }
        />
      </Card>
    </>
  );
}
