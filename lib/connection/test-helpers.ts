import type { Db } from "@/db";
import { users, workspaces } from "@/db/schema";
import { SANDBOX_MARKETO_CLIENT_SECRET } from "@/lib/sandbox/marketo/constants";
import { SANDBOX_ON24_CLIENT_ID, SANDBOX_ON24_TOKEN_KEY, SANDBOX_ON24_TOKEN_SECRET } from "@/lib/sandbox/on24/constants";
import type { Actor } from "./test-and-save";

/** Tests only: sandbox addresses on a port nothing listens on (the sandbox-aware fetch answers in-process). */
export const TEST_ON24_BASE_URL = "http://localhost:1/api/sandbox/on24/v2";
export const TEST_MARKETO_IDENTITY_URL = "http://localhost:1/api/sandbox/marketo/identity";
export const SANDBOX_SECRETS = [SANDBOX_ON24_TOKEN_KEY, SANDBOX_ON24_TOKEN_SECRET, SANDBOX_MARKETO_CLIENT_SECRET];

export async function newActor(db: Db, label: string): Promise<Actor> {
  const suffix = `${label}-${Math.random().toString(36).slice(2, 8)}`;
  const [user] = await db.insert(users).values({ email: `${suffix}@connection.test`, name: label, passwordHash: "x" }).returning();
  const [ws] = await db.insert(workspaces).values({ name: `WS ${suffix}` }).returning();
  return { workspaceId: ws.id, userId: user.id };
}

export function sandboxOn24Input(region: "na" | "eu" = "na") {
  return { clientId: SANDBOX_ON24_CLIENT_ID, tokenKey: SANDBOX_ON24_TOKEN_KEY, tokenSecret: SANDBOX_ON24_TOKEN_SECRET, region, baseUrl: TEST_ON24_BASE_URL };
}

export function sandboxMarketoInput(clientId = "sandbox") {
  return { clientId, clientSecret: SANDBOX_MARKETO_CLIENT_SECRET, identityUrl: TEST_MARKETO_IDENTITY_URL };
}
