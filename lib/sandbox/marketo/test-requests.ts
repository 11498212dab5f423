import { SANDBOX_MARKETO_CLIENT_ID, SANDBOX_MARKETO_CLIENT_SECRET } from "./constants";
import type { MarketoSandbox } from "./sandbox";

/** Test wiring only: raw requests against a sandbox handler, without the client. */

export const BASE = "http://127.0.0.1:4999";

export async function tokenFor(sandbox: MarketoSandbox, clientId = SANDBOX_MARKETO_CLIENT_ID, base = BASE): Promise<string> {
  const query = new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: SANDBOX_MARKETO_CLIENT_SECRET });
  const response = await sandbox.handle(new Request(`${base}/identity/oauth/token?${query}`));
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

export async function rest(
  sandbox: MarketoSandbox,
  method: "GET" | "POST",
  pathAndQuery: string,
  options: { token?: string; json?: unknown; form?: Record<string, string>; body?: string; contentType?: string } = {},
): Promise<{ status: number; body: Record<string, unknown> & { result?: Record<string, unknown>[]; errors?: { code: string; message: string }[] } }> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers["content-type"] = "application/json";
  }
  if (options.form) {
    body = new URLSearchParams(options.form).toString();
    headers["content-type"] = "application/x-www-form-urlencoded";
  }
  if (options.contentType) headers["content-type"] = options.contentType;
  const response = await sandbox.handle(new Request(`${BASE}${pathAndQuery}`, { method, headers, body }));
  return { status: response.status, body: await response.json() };
}
