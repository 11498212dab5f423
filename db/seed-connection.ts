import { eq } from "drizzle-orm";
import { associateOn24Token } from "@/lib/connection/on24-token";
import { sandboxOrigins } from "@/lib/connection/load";
import { saveConnection } from "@/lib/connection/test-and-save";
import { allowTestEndpoints, sandboxEnabled } from "@/lib/env";
import { SANDBOX_MARKETO_CLIENT_ID, SANDBOX_MARKETO_CLIENT_SECRET } from "@/lib/sandbox/marketo/constants";
import { SANDBOX_ON24_CLIENT_ID, SANDBOX_ON24_TOKEN_KEY, SANDBOX_ON24_TOKEN_SECRET } from "@/lib/sandbox/on24/constants";
import type { Db } from "./index";
import { appState } from "./schema";
import { demoWorkspaceId } from "./seed";

/**
 * The demo workspace starts connected to the sandbox, so a newcomer sees a working integration at once.
 * It goes through the same code as the Connection page (a real token check and a validated Save against
 * the in-process simulators), so it is never a half-made connection. Its own marker lets data folders
 * seeded before this step get it on their next start.
 */
const CONNECTION_SEED_KEY = "demo_connection_v1";

export async function seedDemoConnection(db: Db): Promise<void> {
  if (!sandboxEnabled || !allowTestEndpoints) return;
  const done = await db.select().from(appState).where(eq(appState.key, CONNECTION_SEED_KEY));
  if (done.length > 0) return;
  const workspaceId = await demoWorkspaceId(db);
  if (!workspaceId) return;
  const actor = { workspaceId, userId: null };
  const origins = sandboxOrigins();
  try {
    await associateOn24Token(db, actor, {
      clientId: SANDBOX_ON24_CLIENT_ID,
      tokenKey: SANDBOX_ON24_TOKEN_KEY,
      tokenSecret: SANDBOX_ON24_TOKEN_SECRET,
      region: "na",
      baseUrl: origins.on24BaseUrl,
    });
    const saved = await saveConnection(db, actor, {
      clientId: SANDBOX_MARKETO_CLIENT_ID,
      clientSecret: SANDBOX_MARKETO_CLIENT_SECRET,
      identityUrl: `${origins.marketoOrigin}/identity`,
    });
    if (!saved.saved) throw new Error(saved.result.saveBlockedReason ?? "the sandbox connection did not validate");
  } catch (error) {
    // The portal still works unconnected; the next start tries again.
    console.warn(`[seed] the demo workspace could not be connected to the sandbox: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  await db.insert(appState).values({ key: CONNECTION_SEED_KEY, value: { workspaceId } }).onConflictDoNothing();
}
