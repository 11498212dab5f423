import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * A local stand-in for the Resend API, so the real SDK can be exercised without the internet. It answers
 * `POST /emails` as Resend does ({id} on success, {statusCode,name,message} on failure, the same id again for a
 * repeated Idempotency-Key) and records what arrived. Faults can be queued per request.
 *
 *   const capture = await startResendCapture();
 *   const send = createEmailSender({ resend: { apiKey: "re_test", baseUrl: capture.baseUrl }, from: "…" });
 *   capture.failNext({ status: 500 }, "drop");   // the next two requests fail, then it recovers
 *   … expect(capture.emails[0].to).toEqual([…]) …
 */

export type CapturedEmail = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
  idempotencyKey: string | null;
  authorization: string | null;
};

/** An HTTP error status to answer with (optionally naming the error), or "drop" to cut the connection. */
export type CaptureFault = { status: number; name?: string; message?: string } | "drop";

export type ResendCapture = {
  /** Pass as RESEND_BASE_URL / `new Resend(key, { baseUrl })`. */
  baseUrl: string;
  /** Emails accepted (one per distinct idempotency key). */
  readonly emails: CapturedEmail[];
  /** Every POST /emails that arrived, including failed and repeated ones. */
  readonly requests: number;
  failNext: (...faults: CaptureFault[]) => void;
  reset: () => void;
  close: () => Promise<void>;
};

const ERROR_NAMES: Record<number, string> = {
  400: "invalid_request",
  401: "missing_api_key",
  403: "invalid_api_key",
  409: "invalid_idempotent_request",
  422: "validation_error",
  429: "rate_limit_exceeded",
  500: "internal_server_error",
  503: "service_unavailable",
};

export async function startResendCapture(): Promise<ResendCapture> {
  const emails: CapturedEmail[] = [];
  const byKey = new Map<string, { id: string; body: string }>();
  const faults: CaptureFault[] = [];
  const sockets = new Set<Socket>();
  let requests = 0;

  const server = createServer(async (req, res) => {
    const answer = (status: number, body: unknown) =>
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    const fail = (status: number, message: string, name = ERROR_NAMES[status] ?? "application_error") =>
      answer(status, { statusCode: status, name, message });

    if (req.method !== "POST" || req.url !== "/emails") return fail(404, `${req.method} ${req.url} is not captured`);
    requests++;
    const raw = await readBody(req);
    const fault = faults.shift();
    if (fault === "drop") return void req.socket.destroy();
    if (fault) return fail(fault.status, fault.message ?? `simulated ${fault.status}`, fault.name);
    if (!req.headers.authorization?.startsWith("Bearer ")) return fail(401, "Missing API key in the authorization header");

    const body = JSON.parse(raw) as { from?: string; to?: string | string[]; subject?: string; html?: string; text?: string };
    if (!body.from || !body.to || !body.subject) return fail(422, "from, to and subject are required");
    const key = header(req, "idempotency-key");
    const seen = key ? byKey.get(key) : undefined;
    if (seen) return seen.body === raw ? answer(200, { id: seen.id }) : fail(409, "Same idempotency key, different payload");

    const id = randomUUID();
    if (key) byKey.set(key, { id, body: raw });
    emails.push({
      id,
      from: body.from,
      to: Array.isArray(body.to) ? body.to : [body.to],
      subject: body.subject,
      html: body.html,
      text: body.text,
      idempotencyKey: key,
      authorization: header(req, "authorization"),
    });
    answer(200, { id });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    emails,
    get requests() {
      return requests;
    },
    failNext: (...next) => void faults.push(...next),
    reset: () => {
      emails.length = 0;
      faults.length = 0;
      byKey.clear();
      requests = 0;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === "string" ? value : null;
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
