import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { asProcessId, getProcess } from "@/db/queries/processes";
import { requireWorkspace } from "@/lib/auth/context";
import { hasRole } from "@/lib/auth/roles";
import type { SearchParamsRecord } from "@/lib/search/table-params";
import { loadProcessView } from "../_components/load-process-view";
import { ProcessView } from "../_components/process-view";
import { replayFailuresAction } from "./actions";

type Props = { params: Promise<{ processId: string }>; searchParams: Promise<SearchParamsRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Process ${(await params).processId}` };
}

export default async function ProcessPage({ params, searchParams }: Props) {
  const { workspace, role } = await requireWorkspace();
  const id = asProcessId((await params).processId);
  // Another workspace's process is "not found" here, exactly like one that does not exist.
  const process = id === null ? null : await getProcess(workspace.id, id);
  if (!process) notFound();
  const data = await loadProcessView(workspace.id, process, await searchParams);
  return (
    <ProcessView
      process={process}
      data={data}
      basePath="/activity"
      backHref="/activity"
      backLabel="All activity"
      replayAction={hasRole(role, "marketer") ? replayFailuresAction : undefined}
      exportHref={`/activity/${process.id}/failures.csv`}
    />
  );
}
