import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { asProcessId } from "@/db/queries/processes";
import { getSupportProcess } from "@/db/queries/support";
import { requireStaff } from "@/lib/auth/context";
import type { SearchParamsRecord } from "@/lib/search/table-params";
import { loadProcessView } from "../../../activity/_components/load-process-view";
import { ProcessView } from "../../../activity/_components/process-view";
import { VirtualConferenceSwitch } from "../../../options/virtual-conference-switch";
import { staffReplayFailuresAction } from "./actions";

type Props = { params: Promise<{ processId: string }>; searchParams: Promise<SearchParamsRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Process ${(await params).processId} · Support` };
}

/** Any workspace's process, for staff: the customer's view, plus the workspace's name and the staff switch. */
export default async function SupportProcessPage({ params, searchParams }: Props) {
  const user = await requireStaff();
  const id = asProcessId((await params).processId);
  const process = id === null ? null : await getSupportProcess(id);
  if (!process) notFound();
  const data = await loadProcessView(process.workspaceId, process, await searchParams);
  return (
    <div className="space-y-6">
      <ProcessView
        process={process}
        data={data}
        basePath="/support/processes"
        backHref="/support"
        backLabel="Support search"
        workspaceName={process.workspaceName}
        replayAction={staffReplayFailuresAction}
        exportHref={`/support/processes/${process.id}/failures.csv`}
      />
      {user.staffRole === "support" && (
        <VirtualConferenceSwitch workspaceId={process.workspaceId} workspaceName={process.workspaceName} enabled={process.virtualConferenceEnabled} />
      )}
    </div>
  );
}
