import { asProcessId, getProcess } from "@/db/queries/processes";
import { failuresCsvStream } from "@/lib/activity/failures-csv";
import { getCurrentUser, getWorkspaceContext } from "@/lib/auth/context";

/**
 * The failures of one process of the active workspace as CSV, streamed. Any member may download it
 * (viewers read the activity log too); another workspace's process answers 404 like a missing one.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ processId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  const context = await getWorkspaceContext(user);
  const id = asProcessId((await params).processId);
  const process = context && id !== null ? await getProcess(context.workspace.id, id) : null;
  if (!context || !process) return new Response("No such process in this workspace.", { status: 404 });
  return new Response(failuresCsvStream(context.workspace.id, process.id), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="process-${process.id}-failures.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
