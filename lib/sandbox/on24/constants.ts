/**
 * Credentials of the simulated ON24 account. They are public on purpose: the onboarding page offers to
 * fill them in so a newcomer can try the whole flow without an ON24 account. They only work against
 * the sandbox, never against ON24.
 */
export const SANDBOX_ON24_CLIENT_ID = "48213";
export const SANDBOX_ON24_TOKEN_KEY = "sandbox-on24-token-key";
export const SANDBOX_ON24_TOKEN_SECRET = "sandbox-on24-token-secret";
export const SANDBOX_ON24_CLIENT_NAME = "Sandbox Marketing (ON24 simulator)";

/** Where the portal serves the simulator; the ON24 base URL for the sandbox is the app origin + this. */
export const SANDBOX_ON24_PATH = "/api/sandbox/on24/v2";

export function sandboxOn24BaseUrl(appOrigin: string): string {
  return `${appOrigin.replace(/\/+$/, "")}${SANDBOX_ON24_PATH}`;
}
