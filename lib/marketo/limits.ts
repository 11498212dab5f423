/**
 * Marketo's documented request limits (DEV/rest-api, DEV/error-codes). Checking them before sending
 * turns an HTTP 413/414 from Marketo into a clear local error, or lets the caller split a batch.
 */

/** Lead-database batch calls take at most 300 records (and lookups at most 300 filter values). */
export const MAX_BATCH = 300;
/** Standard calls: body at most 1 MB (HTTP 413 beyond). */
export const MAX_BODY_BYTES = 1_048_576;
/** URI at most 8 KB (HTTP 414 beyond). */
export const MAX_URL_BYTES = 8_192;

export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), "utf8");
}

/**
 * Splits `items` into batches of at most `MAX_BATCH` whose request body (built by `bodyOf`) fits in
 * 1 MB, halving a batch that is too large. An item too large on its own is returned in `oversized`.
 */
export function splitForLimits<T>(items: T[], bodyOf: (batch: T[]) => unknown): { batches: T[][]; oversized: T[] } {
  const batches: T[][] = [];
  const oversized: T[] = [];
  const place = (batch: T[]) => {
    if (batch.length === 0) return;
    if (jsonBytes(bodyOf(batch)) <= MAX_BODY_BYTES) return void batches.push(batch);
    if (batch.length === 1) return void oversized.push(batch[0]);
    const middle = Math.ceil(batch.length / 2);
    place(batch.slice(0, middle));
    place(batch.slice(middle));
  };
  for (let start = 0; start < items.length; start += MAX_BATCH) place(items.slice(start, start + MAX_BATCH));
  return { batches, oversized };
}
