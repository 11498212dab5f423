/**
 * The guide's step 8: smart campaigns that turn ON24 Attendee records into program statuses. Which
 * triggers a campaign needs depends on the options: with ON24 Registrants on, the record exists from
 * registration, so attendance arrives as an update ("ON24 Attendee is Updated"); either way a record
 * created from attendance fires "Added to ON24 Attendee".
 */

export type RecipeTrigger = { trigger: string; constraints: [string, string][] };
export type Recipe = {
  status: "Registered" | "Attended" | "Attended On-demand";
  /** Any one of these triggers (Marketo ORs the triggers of a smart list). */
  triggers: RecipeTrigger[];
  flow: string;
};

export const ADDED = "Added to ON24 Attendee";
export const UPDATED = "ON24 Attendee is Updated";
/** Marketo enables custom-object update triggers per subscription on request (the guide's footnote). */
export const UPDATED_TRIGGER_NOTE = "“ON24 Attendee is Updated” is a Custom Object is Updated trigger; ask Marketo support to enable it for your subscription.";

export function recipesFor(eventId: string, options: { on24Registrants: boolean }): Recipe[] {
  const event: [string, string] = ["eventid", eventId];
  const attended: Recipe = {
    status: "Attended",
    triggers: [{ trigger: ADDED, constraints: [event, ["attendedlive", "Y"]] }],
    flow: "Change Program Status › New Status: Webinar › Attended",
  };
  const onDemand: Recipe = {
    status: "Attended On-demand",
    triggers: [{ trigger: ADDED, constraints: [event, ["attendedarchive", "Y"], ["attendedlive", "N"]] }],
    flow: "Change Program Status › New Status: Webinar › Attended On-demand",
  };
  if (!options.on24Registrants) return [attended, onDemand];
  attended.triggers.push({ trigger: UPDATED, constraints: [["Trigger attribute", "attendedlive"], ["New value", "Y"], event] });
  onDemand.triggers.push({
    trigger: UPDATED,
    constraints: [["Trigger attribute", "attendedarchive"], ["New value", "Y"], ["attendedlive", "N"], event],
  });
  const registered: Recipe = {
    status: "Registered",
    triggers: [{ trigger: ADDED, constraints: [event] }],
    flow: "Change Program Status › New Status: Webinar › Registered",
  };
  return [registered, attended, onDemand];
}
