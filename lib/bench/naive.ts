// The baseline the engine is compared with: what a simple integration does, one record at a time — look
// the person up, create them if missing, upsert the record — through the same Marketo client and with
// the same mapping, but without batching, fingerprints or memory of earlier runs.
import type { MarketoClient } from "@/lib/marketo/client";
import type { On24Client } from "@/lib/on24/client";
import { mapAttendeePass } from "@/lib/sync/mapping/attendee-pass";
import { mapLeadForCreate } from "@/lib/sync/mapping/lead-create";
import { mapRegistrantPass } from "@/lib/sync/mapping/registrant-pass";
import type { CustomObjectDescribe, On24Record, Pass } from "@/lib/sync/mapping/types";
import type { DayWindow } from "@/lib/sync/types";

const OBJECT_NAME = "oN24Attendee_c";

export type NaiveRun = { records: number; failed: number };

export async function naiveSync(marketo: MarketoClient, on24: On24Client, window: DayWindow, describe: CustomObjectDescribe): Promise<NaiveRun> {
  const run: NaiveRun = { records: 0, failed: 0 };
  for await (const page of on24.registrantPages(window)) for (const r of page.records) await syncOne(marketo, describe, "registrant", r, run);
  for await (const page of on24.attendeePages(window)) for (const r of page.records) await syncOne(marketo, describe, "attendee", r, run);
  return run;
}

async function syncOne(marketo: MarketoClient, describe: CustomObjectDescribe, pass: Pass, record: On24Record, run: NaiveRun) {
  run.records += 1;
  const email = String(record.email ?? "");
  const [found] = await marketo.lookupLeadsByEmail([email]);
  let leadId: number | undefined = found?.leads[0]?.id;
  if (leadId === undefined) {
    const lead = mapLeadForCreate({ registrant: record, attendee: null, event: null, leadFields: null });
    if (!lead.ok) return void (run.failed += 1);
    const [created] = await marketo.syncLeads([lead.lead], { action: "createOnly" });
    leadId = created?.id;
  }
  const common = { describe, region: "na" as const, leadId, event: null };
  const mapped = pass === "registrant" ? mapRegistrantPass({ ...common, registrant: record }) : mapAttendeePass({ ...common, attendee: record });
  if (leadId === undefined || !mapped.ok) return void (run.failed += 1);
  const [reply] = await marketo.syncCustomObjects(OBJECT_NAME, [mapped.record]);
  if (reply?.status !== "created" && reply?.status !== "updated") run.failed += 1;
}
