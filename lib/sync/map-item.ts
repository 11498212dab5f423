// One item through the pass's mapping, for a given lead: the same call decides "unchanged" (with the
// stored lead) and builds the record that is sent.
import { mapAttendeePass } from "@/lib/sync/mapping/attendee-pass";
import { mapRegistrantPass } from "@/lib/sync/mapping/registrant-pass";
import type { MapResult } from "@/lib/sync/mapping/types";
import type { SyncSettings } from "./context";
import type { SyncItem } from "./items";

/** Stands in for the person when only the record's content matters (skip fingerprints). */
const NO_LEAD = "0";

export function mapItem(settings: Pick<SyncSettings, "describe" | "region">, item: SyncItem, leadId: string): MapResult {
  const common = { describe: settings.describe, region: settings.region, leadId, event: item.event, eventId: item.eventId };
  if (item.pass === "registrant") return mapRegistrantPass({ ...common, registrant: item.registrant ?? {} });
  return mapAttendeePass({ ...common, attendee: item.attendee ?? {}, registrant: item.registrant });
}

/**
 * A hash of what the record would say, whoever the person is: stored for records skipped for a reason
 * that depends only on the record, so a re-read that says the same is skipped silently.
 */
export function contentHash(settings: Pick<SyncSettings, "describe" | "region">, item: SyncItem): string | null {
  const mapped = mapItem(settings, item, NO_LEAD);
  return mapped.ok ? mapped.fingerprint : null;
}
