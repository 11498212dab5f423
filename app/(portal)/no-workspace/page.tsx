import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Building2 } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getWorkspaceContext, requireUser } from "@/lib/auth/context";

export const metadata: Metadata = { title: "No workspace" };

/** For someone whose memberships were all removed: there is nothing to show until they are invited again. */
export default async function NoWorkspacePage() {
  const user = await requireUser();
  if (await getWorkspaceContext(user)) redirect("/");
  return (
    <Card>
      <EmptyState
        icon={Building2}
        title="You're not a member of any workspace"
        description="You no longer belong to a workspace. Ask an admin of your team's workspace to invite you again; the invitation link will bring you back here."
      />
    </Card>
  );
}
