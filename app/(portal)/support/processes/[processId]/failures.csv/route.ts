import { asProcessId } from "@/db/queries/processes";
import { getSupportProcess } from "@/db/queries/support";
import { failuresCsvStream } from "@/lib/activity/failures-csv";
import { getCurrentUser, isStaff } from "@/lib/auth/context";

/** Any workspace's process failures as CSV, for staff only. */
export async function GET(_request: Request, { params }: { params: Promise<{ processId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (!isStaff(user)) return new Response("For support staff only.", { status: 403 });
  const id = asProcessId((await params).processId);
  const process = id === null ? null : await getSupportProcess(id);
  if (!process) return new Response("No such process.", { status: 404 });
  return new Response(failuresCsvStream(process.workspaceId, process.id), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="process-${process.id}-failures.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
