/**
 * The engine and scheduler call notifications on their way out; an email or alert problem must never
 * turn a finished run into a crashed one. Failures are logged by name and message only (no detail
 * object, which could carry vendor text) and returned to the caller.
 */
export async function neverThrow<T>(label: string, work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: string }> {
  try {
    return { ok: true, value: await work() };
  } catch (err) {
    const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    console.error(`[notifications] ${label} failed: ${error}`);
    return { ok: false, error };
  }
}
