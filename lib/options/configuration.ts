/**
 * The guide's four configurations (DESIGN.md §2): two toggles, four named behaviours. Pure, so the
 * Options page can say what a choice will do while the admin is still toggling, before saving.
 */

export type ConfigurationToggles = { createNewPeople: boolean; on24Registrants: boolean };
export type Configuration = { name: string; summary: string };

const CONFIGURATIONS: Record<string, Configuration> = {
  "on:on": {
    name: "ON24 registration, option 1",
    summary:
      "People missing from Marketo are created, and every ON24 registrant gets an ON24 Attendee record when they register, updated when they attend.",
  },
  "on:off": {
    name: "ON24 registration, option 2",
    summary: "People missing from Marketo are created, and ON24 Attendee records are created only from attendee activity.",
  },
  "off:off": {
    name: "Marketo registration, option 1",
    summary:
      "No people are created: ON24 Attendee records are created only from attendee activity, for people already in Marketo; anyone else is skipped.",
  },
  "off:on": {
    name: "Marketo registration, option 2",
    summary:
      "No people are created: every registrant already in Marketo gets an ON24 Attendee record when they register, updated when they attend; anyone else is skipped.",
  },
};

const flag = (on: boolean) => (on ? "on" : "off");

export function describeConfiguration({ createNewPeople, on24Registrants }: ConfigurationToggles): Configuration {
  return CONFIGURATIONS[`${flag(createNewPeople)}:${flag(on24Registrants)}`];
}
