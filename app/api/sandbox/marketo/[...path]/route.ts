import { sandboxEnabled } from "@/lib/env";
import { handleMarketoSandbox } from "@/lib/sandbox/marketo/shared";

/** The simulated Marketo instance (lib/sandbox/marketo). Absent unless the sandbox is enabled. */
async function handle(request: Request): Promise<Response> {
  if (!sandboxEnabled) return new Response("Not found", { status: 404 });
  return handleMarketoSandbox(request);
}

export const GET = handle;
export const POST = handle;
