import type { Db } from "@/db";
import { connections, workspaceOptions, workspaces } from "@/db/schema";
import { eq } from "drizzle-orm";
import { decryptSecret } from "@/lib/crypto";
import { appUrl } from "@/lib/env";
import { createMarketoClient, type MarketoClient } from "@/lib/marketo/client";
import type { MarketoCallInfo } from "@/lib/marketo/types";
import { createOn24Client, type On24Client } from "@/lib/on24/client";
import type { On24CallInfo } from "@/lib/on24/request";
import { SANDBOX_ON24_PATH } from "@/lib/sandbox/on24/constants";
import { resolveOn24BaseUrl } from "./on24-endpoint";
import { sandboxFetch } from "./sandbox-fetch";
import { DEFAULT_OPTIONS, type LoadedConnection } from "./types";

/** A connection that lacks what the clients need; the message names what to fill in on the Connection page. */
export class ConnectionIncompleteError extends Error {
  name = "ConnectionIncompleteError";
}

const STATUSES = new Set(["ok", "broken", "unknown"]);

/** The workspace's connection and settings with secrets decrypted, or null when the workspace does not exist. */
export async function loadConnection(db: Db, workspaceId: string): Promise<LoadedConnection | null> {
  const [row] = await db
    .select({ workspace: workspaces, connection: connections, options: workspaceOptions })
    .from(workspaces)
    .leftJoin(connections, eq(connections.workspaceId, workspaces.id))
    .leftJoin(workspaceOptions, eq(workspaceOptions.workspaceId, workspaces.id))
    .where(eq(workspaces.id, workspaceId))
    .limit(1);
  if (!row) return null;
  const { workspace: ws, connection: c, options: o } = row;
  const open = (envelope: string | null | undefined) => (envelope ? decryptSecret(envelope) : null);
  return {
    workspaceId: ws.id,
    workspaceName: ws.name,
    syncEnabled: ws.syncEnabled,
    connectionStatus: (STATUSES.has(ws.connectionStatus) ? ws.connectionStatus : "unknown") as LoadedConnection["connectionStatus"],
    connectionError: ws.connectionError,
    virtualConferenceEnabled: ws.virtualConferenceEnabled,
    on24: {
      clientId: ws.on24ClientId,
      region: ws.on24Region,
      tokenKey: open(c?.on24TokenKeyEnc),
      tokenSecret: open(c?.on24TokenSecretEnc),
      baseUrlOverride: c?.on24BaseUrl ?? null,
      verifiedAt: c?.on24VerifiedAt ?? null,
      lastUsedAt: c?.on24LastUsedAt ?? null,
    },
    marketo: {
      clientId: c?.marketoClientId ?? null,
      clientSecret: open(c?.marketoClientSecretEnc),
      origin: c?.marketoOrigin ?? null,
    },
    objectDescribe: (c?.objectDescribe as LoadedConnection["objectDescribe"]) ?? null,
    validatedAt: c?.validatedAt ?? null,
    options: o
      ? {
          createNewPeople: o.createNewPeople,
          on24Registrants: o.on24Registrants,
          notificationsEnabled: o.notificationsEnabled,
          notificationRecipients: o.notificationRecipients,
          notifyEmptyRuns: o.notifyEmptyRuns,
        }
      : { ...DEFAULT_OPTIONS },
  };
}

export type ClientHooks = {
  onMarketoCall?: (info: MarketoCallInfo) => void;
  onOn24Call?: (info: On24CallInfo) => void;
  /** Epoch ms: no call starts and no retry waits past it (the caller's time budget). */
  deadline?: number;
  /** Tests: another transport; defaults to the sandbox-aware fetch. */
  fetch?: typeof fetch;
};

export type MarketoSettings = { origin: string; clientId: string; clientSecret: string };
export type On24Settings = { clientId: string; region: LoadedConnection["on24"]["region"]; tokenKey: string; tokenSecret: string; baseUrlOverride?: string | null };

/** A Marketo client for these settings; throws MarketoError("host-refused") before any request to a host that fails the rule. */
export function buildMarketoClient(settings: MarketoSettings, hooks: ClientHooks = {}): MarketoClient {
  return createMarketoClient({ ...settings, fetch: hooks.fetch ?? sandboxFetch, deadline: hooks.deadline, onCall: hooks.onMarketoCall });
}

/** An ON24 client for these settings: the region's host, or the stored test endpoint where allowed. */
export function buildOn24Client(settings: On24Settings, hooks: ClientHooks = {}): On24Client {
  return createOn24Client({
    clientId: settings.clientId,
    tokenKey: settings.tokenKey,
    tokenSecret: settings.tokenSecret,
    baseUrl: resolveOn24BaseUrl(settings.region, settings.baseUrlOverride),
    fetch: hooks.fetch ?? sandboxFetch,
    deadline: hooks.deadline,
    onCall: hooks.onOn24Call,
  });
}

/** Both clients of a loaded connection; throws ConnectionIncompleteError naming what is missing. */
export function createWorkspaceClients(conn: LoadedConnection, hooks: ClientHooks = {}): { marketo: MarketoClient; on24: On24Client } {
  const { on24, marketo } = conn;
  if (!on24.clientId || !on24.tokenKey || !on24.tokenSecret) {
    throw new ConnectionIncompleteError("No ON24 access token is associated: associate one on the Connection page.");
  }
  if (!marketo.origin || !marketo.clientId || !marketo.clientSecret) {
    throw new ConnectionIncompleteError("The Marketo Client ID, Client Secret or Identity URL is missing: enter them on the Connection page.");
  }
  return {
    marketo: buildMarketoClient({ origin: marketo.origin, clientId: marketo.clientId, clientSecret: marketo.clientSecret }, hooks),
    on24: buildOn24Client(
      { clientId: on24.clientId, region: on24.region, tokenKey: on24.tokenKey, tokenSecret: on24.tokenSecret, baseUrlOverride: on24.baseUrlOverride },
      hooks,
    ),
  };
}

/** The sandbox's addresses on this deployment (the sandbox-aware fetch makes the port irrelevant). */
export function sandboxOrigins(): { marketoOrigin: string; on24BaseUrl: string } {
  return { marketoOrigin: `${appUrl}/api/sandbox/marketo`, on24BaseUrl: `${appUrl}${SANDBOX_ON24_PATH}` };
}
