import type { RecordedCall, RecordedRequest } from "./types";

/**
 * Wraps `fetch` so contract tests can see every request a client sends and every response it gets.
 * The response handed back is the original; only a clone is read, so the client parses it as usual.
 * A call that got no response (timeout, network error) is recorded with status 0.
 */
export function recordingFetch(inner: typeof fetch = fetch): { fetch: typeof fetch; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const wrapped: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const recorded = await recordRequest(request);
    let response: Response;
    try {
      response = await inner(request);
    } catch (error) {
      // Timeouts and network errors still sent a request that must follow the contract; status 0 = no response.
      calls.push({ request: recorded, status: 0, body: undefined });
      throw error;
    }
    calls.push({ request: recorded, status: response.status, body: await readBody(response.clone()) });
    return response;
  };
  return { fetch: wrapped, calls };
}

async function recordRequest(request: Request): Promise<RecordedRequest> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  // Read the body from a clone: the original request must still be sendable.
  const body = request.body ? await request.clone().text() : undefined;
  return { method: request.method.toUpperCase(), url: request.url, headers, ...(body === undefined ? {} : { body }) };
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text; // malformed JSON stays visible to the checks as a string
  }
}
