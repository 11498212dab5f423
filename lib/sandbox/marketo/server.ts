import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { MarketoSandbox, type MarketoSandboxOptions } from "./sandbox";

/**
 * The simulator on its own loopback HTTP port, for tests and benchmarks: the client under test talks
 * real HTTP (timeouts, aborts, concurrency) to it. `state` is the sandbox, to seed, inspect and inject faults.
 */

export type MarketoSandboxServer = { url: string; state: MarketoSandbox; close(): Promise<void> };

export async function startMarketoSandboxServer(options: MarketoSandboxOptions & { port?: number } = {}): Promise<MarketoSandboxServer> {
  const sandbox = new MarketoSandbox(options);
  const open = new Set<AbortController>();
  const server = createServer((req, res) => {
    const controller = new AbortController();
    open.add(controller);
    res.on("close", () => {
      open.delete(controller);
      if (!res.writableFinished) controller.abort();
    });
    serve(sandbox, req, res, controller.signal).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state: sandbox,
    close: () =>
      new Promise<void>((resolve) => {
        for (const controller of open) controller.abort();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function serve(sandbox: MarketoSandbox, req: IncomingMessage, res: ServerResponse, signal: AbortSignal) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const method = req.method ?? "GET";
  const request = new Request(`http://127.0.0.1${req.url ?? "/"}`, {
    method,
    headers,
    body: method === "GET" || method === "HEAD" ? undefined : Buffer.concat(chunks),
    signal,
  });
  const response = await sandbox.handle(request);
  const text = await response.text();
  if (res.destroyed) return;
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(text);
}
