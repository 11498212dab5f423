/** Reply envelopes shaped like Marketo's (DEV/error-codes, DEV/leads): HTTP 200 for errors too. */

let counter = 0x4e2b;

/** Marketo request ids look like "e42b#14272d07d78": a hex counter and a hex timestamp. */
export function requestId(): string {
  counter = (counter + 1) % 0x100000;
  return `${counter.toString(16)}#${Date.now().toString(16)}`;
}

export type Envelope = Record<string, unknown>;

export function success(result: unknown[], extra: Record<string, unknown> = {}): Envelope {
  return { requestId: requestId(), result, success: true, ...extra };
}

export function failure(code: string, message: string): Envelope {
  return { requestId: requestId(), success: false, errors: [{ code, message }] };
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json;charset=UTF-8" } });
}

export function reason(code: string, message: string) {
  return { code, message };
}

/** Marketo's texts for the response-level codes the simulator produces. */
export const MESSAGES: Record<string, string> = {
  "601": "Access token invalid",
  "602": "Access token expired",
  "603": "Access denied",
  "604": "Request time-out",
  "605": "HTTP Method not supported",
  "607": "Daily quota reached",
  "609": "Invalid JSON",
  "610": "Requested resource not found",
  "612": "Invalid Content Type",
  "615": "Concurrent access limit reached",
};
