import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { On24Sandbox } from "./account";
import type { On24SandboxOptions } from "./options";
import { handleOn24Sandbox } from "./handler";

/**
 * The simulator on its own local HTTP port, for tests and benchmarks that exercise the real HTTP path
 * (timeouts, aborted connections) without starting Next.
 */

export type On24SandboxServerOptions = On24SandboxOptions & {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Serve an existing simulated account instead of creating one. */
  sandbox?: On24Sandbox;
};

export type On24SandboxServer = {
  /** The ON24 base URL to give the client: http://127.0.0.1:<port>/v2 */
  url: string;
  state: On24Sandbox;
  close(): Promise<void>;
};

export async function startOn24SandboxServer(options: On24SandboxServerOptions = {}): Promise<On24SandboxServer> {
  const { port = 0, sandbox, ...accountOptions } = options;
  const state = sandbox ?? new On24Sandbox(accountOptions);
  const server = createServer((req, res) => {
    serve(state, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `Sandbox error: ${error instanceof Error ? error.message : String(error)}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/v2`,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function serve(state: On24Sandbox, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // The client hanging up (e.g. its timeout) aborts the simulated request, ending any injected hang.
  const gone = new AbortController();
  res.on("close", () => gone.abort());
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(", "));
  }
  const request = new Request(`http://${req.headers.host ?? "127.0.0.1"}${req.url ?? "/"}`, {
    method: req.method,
    headers,
    signal: gone.signal,
  });
  const response = await handleOn24Sandbox(request, { sandbox: state });
  if (gone.signal.aborted) return;
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}
