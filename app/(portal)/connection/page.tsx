import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { getConnectionView } from "@/db/queries/connection";
import { requireWorkspace } from "@/lib/auth/context";
import { hasRole } from "@/lib/auth/roles";
import { sandboxOrigins } from "@/lib/connection/load";
import { allowTestEndpoints, sandboxEnabled } from "@/lib/env";
import { ConnectionEditor } from "./connection-editor";
import { BrokenConnectionAlert, ConnectionStatusBadge, NotSyncingAlert } from "./connection-status";

export const metadata: Metadata = { title: "Connection" };

const DAY_MS = 86_400_000;

export default async function ConnectionPage() {
  const { workspace, role } = await requireWorkspace();
  const view = await getConnectionView(workspace.id);
  if (!view) notFound();
  const canEdit = hasRole(role, "marketer");
  const sandboxOn = sandboxEnabled && allowTestEndpoints;
  const lastUse = view.on24LastUsedAt ?? view.on24VerifiedAt;
  // eslint-disable-next-line react-hooks/purity -- a server component renders once per request; "now" is the request time.
  const idleDays = lastUse ? Math.floor((Date.now() - lastUse.getTime()) / DAY_MS) : null;

  return (
    <>
      <PageHeader
        title="Connection"
        description={
          <>
            How {workspace.name} reaches your ON24 account and your Marketo instance. All fields are required; once they are filled in,
            click Test Connection to make sure everything is in place. New here? Start with the <Link href="/setup-guide" className="text-brand-600 underline-offset-4 hover:underline">setup guide</Link>.
          </>
        }
        actions={<ConnectionStatusBadge view={view} />}
      />
      <div className="space-y-6">
        <BrokenConnectionAlert view={view} />
        <NotSyncingAlert view={view} />
        {!canEdit && <p className="text-sm text-slate-600">You can read this page; marketers and admins can change the connection.</p>}
        <ConnectionEditor
          sandboxOffered={canEdit && sandboxOn && !view.syncEnabled}
          on24={{
            canEdit,
            allowTestEndpoints,
            sandboxBaseUrl: sandboxOn ? sandboxOrigins().on24BaseUrl : null,
            clientId: view.on24ClientId,
            region: view.region,
            tokenHint: view.on24TokenHint,
            baseUrl: view.on24BaseUrl,
            verifiedAt: view.on24VerifiedAt,
            lastUsedAt: view.on24LastUsedAt,
            idleDays,
          }}
          marketo={{
            canEdit,
            allowTestEndpoints,
            clientId: view.marketoClientId,
            secretHint: view.marketoSecretHint,
            origin: view.marketoOrigin,
            validatedAt: view.validatedAt,
            objectFieldCount: view.objectFieldCount,
            lastTest: view.lastTest,
          }}
        />
      </div>
    </>
  );
}
