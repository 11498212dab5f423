import { afterAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startWsTcpProxy } from "./ws-tcp-proxy";

describe("startWsTcpProxy", () => {
  const proxies: { close: () => Promise<void> }[] = [];
  afterAll(() => Promise.all(proxies.map((p) => p.close())));

  it("refuses to relay to a non-local address", async () => {
    const proxy = await startWsTcpProxy();
    proxies.push(proxy);
    const ws = new WebSocket(`${proxy.url}/v2?address=example.com:5432`);
    const code = await new Promise<number>((resolve) => ws.on("close", (c) => resolve(c)));
    expect(code).toBe(1008);
    expect(proxy.connections).toBe(0);
  });
});
