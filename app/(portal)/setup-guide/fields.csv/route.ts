import { getCurrentUser, getWorkspaceContext } from "@/lib/auth/context";
import { customObjectFieldsCsv } from "@/lib/sync/fields/fields-csv";

/** The custom-object fields to create, for the active workspace's region (North America may ask for string ids). */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download the field list.", { status: 401 });
  const context = await getWorkspaceContext(user);
  if (!context) return new Response("You are not a member of a workspace.", { status: 403 });
  const region = context.workspace.on24Region;
  const naIdType = new URL(request.url).searchParams.get("ids") === "string" ? "string" : "integer";
  const suffix = region === "eu" ? "europe-global" : `north-america${naIdType === "string" ? "-string-ids" : ""}`;
  return new Response(customObjectFieldsCsv(region, { naIdType }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="oN24Attendee_c-fields-${suffix}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
