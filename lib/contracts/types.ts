/** One HTTP request as a client sent it; header names are lower-cased by `recordingFetch`. */
export type RecordedRequest = { method: string; url: string; headers: Record<string, string>; body?: string };

/** A request with the status and JSON-parsed body (or raw text when it was not JSON) of its response. */
export type RecordedCall = { request: RecordedRequest; status: number; body: unknown };
