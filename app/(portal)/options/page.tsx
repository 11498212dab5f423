import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { getWorkspaceOptions } from "@/db/queries/options";
import { requireWorkspace } from "@/lib/auth/context";
import { hasRole } from "@/lib/auth/roles";
import { BackfillForm } from "./backfill-form";
import { BackfillJobs } from "./backfill-jobs";
import { OptionsForm } from "./options-form";
import { VirtualConferenceSwitch } from "./virtual-conference-switch";

export const metadata: Metadata = { title: "Options" };

export default async function OptionsPage() {
  const { user, workspace, role } = await requireWorkspace();
  const options = await getWorkspaceOptions(workspace.id);
  const canEdit = hasRole(role, "admin");
  return (
    <>
      <PageHeader title="Options" description="What the sync does with ON24 registrants and attendees, past activity, and who hears about each run." />
      <div className="space-y-6">
        {!canEdit && <p className="text-sm text-slate-600">You can read these options; admins of this workspace can change them.</p>}
        <OptionsForm initial={options} canEdit={canEdit} />
        <BackfillForm canEdit={canEdit} />
        <BackfillJobs workspaceId={workspace.id} canCancel={canEdit} />
        {user.staffRole === "support" && (
          <VirtualConferenceSwitch workspaceId={workspace.id} workspaceName={workspace.name} enabled={workspace.virtualConferenceEnabled} />
        )}
      </div>
    </>
  );
}
