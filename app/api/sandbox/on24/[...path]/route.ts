import { sandboxEnabled } from "@/lib/env";
import { handleOn24Sandbox } from "@/lib/sandbox/on24/handler";
import { getSharedOn24Sandbox } from "@/lib/sandbox/on24/shared";

/** The simulated ON24 API (base URL <app>/api/sandbox/on24/v2); absent unless the sandbox is enabled. */
export async function GET(request: Request): Promise<Response> {
  if (!sandboxEnabled) return new Response("Not found", { status: 404 });
  return handleOn24Sandbox(request, { sandbox: getSharedOn24Sandbox() });
}
