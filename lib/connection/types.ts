import type { Region, WorkspaceOptions } from "@/db/schema";
import type { CustomObjectDescribe } from "@/lib/marketo/types";

/**
 * A workspace's connection with its secrets decrypted: server-only, for the sync and Test Connection.
 * Never pass it to a client component or put it in an action's result.
 */
export type LoadedConnection = {
  workspaceId: string;
  workspaceName: string;
  syncEnabled: boolean;
  connectionStatus: "ok" | "broken" | "unknown";
  connectionError: string | null;
  virtualConferenceEnabled: boolean;
  on24: {
    clientId: string | null;
    region: Region;
    tokenKey: string | null;
    tokenSecret: string | null;
    /** The stored test endpoint (honoured only where test endpoints are allowed). */
    baseUrlOverride: string | null;
    verifiedAt: Date | null;
    lastUsedAt: Date | null;
  };
  marketo: {
    clientId: string | null;
    clientSecret: string | null;
    origin: string | null;
  };
  /** The custom object's describe stored by the last validated save; null until then. */
  objectDescribe: CustomObjectDescribe | null;
  validatedAt: Date | null;
  options: ConnectionOptions;
};

export type ConnectionOptions = Pick<
  WorkspaceOptions,
  "createNewPeople" | "on24Registrants" | "notificationsEnabled" | "notificationRecipients" | "notifyEmptyRuns"
>;

/** The schema's defaults, for a workspace whose options row is missing. */
export const DEFAULT_OPTIONS: ConnectionOptions = {
  createNewPeople: true,
  on24Registrants: true,
  notificationsEnabled: false,
  notificationRecipients: [],
  notifyEmptyRuns: false,
};
