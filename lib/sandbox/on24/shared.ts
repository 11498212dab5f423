import { On24Sandbox } from "./account";

/**
 * One simulated ON24 account per process, kept on globalThis so the portal's pages, its route handler
 * and the sync (and Next's separately bundled route modules in dev) all see the same account.
 */

const KEY = Symbol.for("on24-connect.sandbox.on24");
type Holder = { [KEY]?: On24Sandbox };

export function getSharedOn24Sandbox(): On24Sandbox {
  const holder = globalThis as Holder;
  holder[KEY] ??= new On24Sandbox();
  return holder[KEY];
}

/** Tests only: start the shared account over (e.g. with other options). */
export function resetSharedOn24Sandbox(sandbox?: On24Sandbox): On24Sandbox {
  const holder = globalThis as Holder;
  holder[KEY] = sandbox ?? new On24Sandbox();
  return holder[KEY];
}
