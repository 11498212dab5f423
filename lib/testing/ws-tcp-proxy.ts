import { createServer, type Server } from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { isLocalHost } from "./assert-local";

/**
 * A local stand-in for Neon's wsproxy, so the Neon driver (@neondatabase/serverless) can be tested against
 * the real PostgreSQL on this machine. Protocol: the client opens `ws://host:port/v2?address=<pghost>:<pgport>`
 * and raw Postgres wire bytes flow both ways (no TLS: pair it with useSecureWebSocket=false and
 * pipelineConnect=false, which openDb does when given `wsProxy`).
 *
 *   const proxy = await startWsTcpProxy();
 *   const handle = await openDb({ driver: "neon", url: testDb.url, wsProxy: proxy.url });
 *   …
 *   await handle.close(); await proxy.close();
 */

export type WsTcpProxy = {
  /** ws://127.0.0.1:<port> — pass as openDb's `wsProxy` (or NEON_WS_PROXY). */
  url: string;
  /** WebSocket connections accepted so far (proves traffic really went through the proxy). */
  readonly connections: number;
  close: () => Promise<void>;
};

const PATH = "/v2";

export async function startWsTcpProxy(): Promise<WsTcpProxy> {
  const server: Server = createServer((_req, res) => res.writeHead(426).end("WebSocket only"));
  const wss = new WebSocketServer({ server, path: PATH });
  const sockets = new Set<net.Socket>();
  let connections = 0;

  wss.on("connection", (ws: WebSocket, req) => {
    const address = new URL(req.url ?? "", "http://proxy").searchParams.get("address") ?? "";
    const match = /^(.+):(\d+)$/.exec(address);
    // Only loopback targets: this is a test helper, never an open relay.
    if (!match || !isLocalHost(match[1])) {
      ws.close(1008, "address must be a local host:port");
      return;
    }
    connections++;
    const tcp = net.connect(Number(match[2]), match[1]);
    sockets.add(tcp);
    tcp.on("data", (chunk) => ws.send(chunk));
    tcp.on("close", () => {
      sockets.delete(tcp);
      ws.close();
    });
    tcp.on("error", () => ws.terminate());
    ws.on("message", (data: Buffer | ArrayBuffer | Buffer[]) => {
      tcp.write(Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer));
    });
    ws.on("close", () => tcp.end());
    ws.on("error", () => tcp.destroy());
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    get connections() {
      return connections;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
