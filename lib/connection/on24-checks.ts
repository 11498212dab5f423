import { On24Error } from "@/lib/on24/errors";
import type { On24Client } from "@/lib/on24/client";
import type { Check } from "@/lib/sync/fields/check";

/** Test Connection's ON24 half: the token works for the client id, and which event types it can see. */

/** The content types the integration syncs; others (PDF, video, web page…) are listed as ignored. */
const SYNCED_TYPES = new Set(["webcast", "golive", "gateway", "experience", "virtualenvironment"]);
const VIRTUAL_CONFERENCE = "virtualenvironment";

export const NO_TOKEN_MESSAGE =
  "No ON24 access token is associated: enter the ON24 client ID, token key and token secret above and click Associate Access Token.";

export async function on24Checks(client: On24Client | null, options: { virtualConferenceEnabled: boolean }): Promise<Check[]> {
  const title = "ON24 access token";
  if (!client) return [{ id: "on24-token", status: "fail", title, message: NO_TOKEN_MESSAGE }];
  const verified = await client.verifyToken();
  if (!verified.ok) return [{ id: "on24-token", status: "fail", title, message: verified.message }];
  const name = verified.clientName ? ` (${verified.clientName})` : "";
  const token: Check = { id: "on24-token", status: "pass", title, message: `The token works for ON24 client ${client.clientId}${name}.` };
  return [token, await contentTypesCheck(client, options.virtualConferenceEnabled)];
}

async function contentTypesCheck(client: On24Client, virtualConferenceEnabled: boolean): Promise<Check> {
  const base = { id: "on24-content-types", title: "ON24 events the token can see" };
  let report;
  try {
    report = await client.visibleContentTypes();
  } catch (error) {
    if (!(error instanceof On24Error)) throw error;
    return { ...base, status: "warning", message: `The event list could not be read: ${error.message}` };
  }
  if (report.totalEvents === 0) {
    return {
      ...base,
      status: "warning",
      message:
        "The token sees no events with activity in the last six months: check in ON24 (Analytics › API Dashboard) that the token's user can see this account's events.",
    };
  }
  const details: string[] = [];
  const synced = report.contentTypes.filter((t) => SYNCED_TYPES.has(t.contentType));
  const ignored = report.contentTypes.filter((t) => !SYNCED_TYPES.has(t.contentType));
  if (!virtualConferenceEnabled && synced.some((t) => t.contentType === VIRTUAL_CONFERENCE)) {
    details.push("Virtual Conference events are not synced until ON24 integration support enables them for this workspace.");
  }
  if (ignored.length > 0) details.push(`Not synced (not webinar activity): ${ignored.map((t) => `${t.events} ${t.product}`).join(", ")}.`);
  const seen = synced.map((t) => `${t.events} ${t.product}`).join(", ");
  return {
    ...base,
    status: synced.length > 0 ? "pass" : "warning",
    message:
      synced.length > 0
        ? `The token sees ${report.totalEvents} events with recent activity: ${seen}.`
        : "The token sees no webinar, Engagement Hub, Target or Virtual Conference events with recent activity.",
    ...(details.length > 0 && { details }),
  };
}
