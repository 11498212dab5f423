import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { Redis } from "ioredis";
import { connectTestRedis, TEST_REDIS_URL } from "./redis";

/**
 * A local stand-in for Vercel KV / Upstash: an HTTP server speaking the subset of the Upstash REST protocol
 * that @upstash/redis uses, forwarding every command to a real Redis. It lets the Vercel KV code path be tested
 * against real Redis semantics (Lua, TTLs, NX) without the internet:
 *   POST /            body ["SET","k","v","PX",1000]   → {"result": …} | 400 {"error": "ERR …"}
 *   POST /pipeline    body [[…],[…]]                   → [{"result": …} | {"error": …}, …]   (in order)
 *   POST /multi-exec  body [[…],[…]]                   → the same, run inside MULTI/EXEC
 * `Authorization: Bearer <token>` is required; with `Upstash-Encoding: base64` every string reply except the
 * status "OK" is base64-encoded, as Upstash does (the client decodes it).
 *
 *   const bridge = await startUpstashBridge();
 *   const kv = createUpstashKv({ url: bridge.url, token: bridge.token, retry: false });
 */

export type BridgeFault = "none" | "http-500" | "drop-connection";

export type UpstashBridge = {
  url: string;
  token: string;
  /** Commands forwarded so far (proves the REST path was really taken). */
  readonly commandCount: number;
  /** Make every following request fail until set back to "none" (outage tests). */
  setFault: (fault: BridgeFault) => void;
  close: () => Promise<void>;
};

type Reply = { result: unknown } | { error: string };
type Command = (string | number)[];

export async function startUpstashBridge(options: { redisUrl?: string } = {}): Promise<UpstashBridge> {
  const redis = connectTestRedis(options.redisUrl ?? TEST_REDIS_URL);
  const token = randomBytes(16).toString("hex");
  const sockets = new Set<Socket>();
  let fault: BridgeFault = "none";
  let commandCount = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => json(res, 500, { error: `bridge: ${err.message}` }));
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (fault === "drop-connection") return void req.socket.destroy();
    if (fault === "http-500") return json(res, 500, { error: "simulated outage" });
    if (req.method !== "POST") return json(res, 405, { error: "method not allowed" });
    if (req.headers.authorization !== `Bearer ${token}`) return json(res, 401, { error: "Unauthorized" });
    const body = JSON.parse(await readBody(req)) as Command | Command[];
    const base64 = String(req.headers["upstash-encoding"] ?? "").toLowerCase() === "base64";
    const path = new URL(req.url ?? "/", "http://bridge").pathname;
    if (path === "/") {
      commandCount++;
      const reply = await run(redis, body as Command, base64);
      return json(res, "error" in reply ? 400 : 200, reply);
    }
    if (path === "/pipeline" || path === "/multi-exec") {
      const commands = body as Command[];
      commandCount += commands.length;
      const replies =
        path === "/pipeline"
          ? await runInOrder(redis, commands, base64)
          : await runTransaction(redis, commands, base64);
      return json(res, 200, replies);
    }
    return json(res, 404, { error: `unknown path ${path}` });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    get commandCount() {
      return commandCount;
    },
    setFault: (f) => {
      fault = f;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

async function run(redis: Redis, [name, ...args]: Command, base64: boolean): Promise<Reply> {
  try {
    return { result: encode(await redis.callBuffer(String(name), ...args.map(String)), base64) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

async function runInOrder(redis: Redis, commands: Command[], base64: boolean): Promise<Reply[]> {
  const replies: Reply[] = [];
  for (const command of commands) replies.push(await run(redis, command, base64));
  return replies;
}

async function runTransaction(redis: Redis, commands: Command[], base64: boolean): Promise<Reply[]> {
  const tx = redis.multi();
  for (const [name, ...args] of commands) tx.callBuffer(String(name), ...args.map(String));
  const results = (await tx.exec()) ?? [];
  return results.map(([err, value]) => (err ? { error: err.message } : { result: encode(value, base64) }));
}

/** Redis replies as Upstash sends them: integers as numbers, nil as null, strings (base64 or utf8), arrays. */
function encode(value: unknown, base64: boolean): unknown {
  if (Buffer.isBuffer(value)) {
    const text = value.toString("utf8");
    return base64 && text !== "OK" ? value.toString("base64") : text;
  }
  if (Array.isArray(value)) return value.map((v) => encode(v, base64));
  return value ?? null;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (data += chunk));
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
