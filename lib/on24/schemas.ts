import { z } from "zod";
import { attendeeActivityShape } from "./activity-schemas";
import { listOf, on24Id, optFlag, optId, optNum, optStr, stringList } from "./schema-primitives";

/**
 * Records and envelopes of the ON24 endpoints the sync reads (on24-api-notes.md §2–3). Objects are loose:
 * the mapping reads about a hundred fields and ON24 adds more over time, so unknown keys are kept.
 * Ids are strings inside the application whatever JSON type ON24 used.
 */

const stdFields = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`std${i + 1}`, optStr])) as Record<
  `std${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10}`,
  typeof optStr
>;

export const registrantSchema = z.looseObject({
  eventuserid: on24Id,
  eventid: optId,
  clientid: optId,
  email: optStr,
  firstname: optStr,
  lastname: optStr,
  company: optStr,
  jobtitle: optStr,
  addressstreet1: optStr,
  addressstreet2: optStr,
  city: optStr,
  state: optStr,
  zip: optStr,
  country: optStr,
  workphone: optStr,
  homephone: optStr,
  fax: optStr,
  jobfunction: optStr,
  companyindustry: optStr,
  companysize: optStr,
  partnerref: optStr,
  ...stdFields,
  username: optStr,
  exteventusercd: optStr,
  other: optStr,
  notes: optStr,
  marketingemail: optStr,
  eventemail: optStr,
  createtimestamp: optStr,
  lastactivity: optStr,
  engagementprediction: optStr,
  userprofileurl: optStr,
  campaigncode: optStr,
  sourcecampaigncode: optStr,
  sourceeventid: optId,
  userstatus: optStr,
  attendeetype: optStr,
});
export type On24Registrant = z.output<typeof registrantSchema>;

export const attendeeSchema = z.looseObject({
  eventuserid: on24Id,
  eventid: optId,
  clientid: optId,
  email: optStr,
  exteventusercd: optStr,
  userstatus: optStr,
  isblocked: optStr,
  engagementscore: optNum,
  liveminutes: optNum,
  liveviewed: optNum,
  archiveminutes: optNum,
  archiveviewed: optNum,
  cumulativeliveminutes: optNum,
  cumulativearchiveminutes: optNum,
  livemediaplayerminutes: optNum,
  archivemediaplayerminutes: optNum,
  firstliveactivity: optStr,
  lastliveactivity: optStr,
  firstarchiveactivity: optStr,
  lastarchiveactivity: optStr,
  askedquestions: optNum,
  resourcesdownloaded: optNum,
  answeredpolls: optNum,
  answeredsurveys: optNum,
  answeredsurveyquestions: optNum,
  attendeesessions: optNum,
  locationsvisited: optNum,
  launchmode: optStr,
  userprofileurl: optStr,
  campaigncode: optStr,
  sourcecampaigncode: optStr,
  sourceeventid: optId,
  partnerref: optStr,
  attendancepartnerref: optStr,
  testwidgetresult: optStr,
  certificationwidgetresult: optStr,
  certificationcredit: optStr,
  certificationtimestamp: optStr,
  ...attendeeActivityShape,
});
export type On24Attendee = z.output<typeof attendeeSchema>;

export const eventSchema = z.looseObject({
  eventid: on24Id,
  clientid: optId,
  description: optStr,
  eventname: optStr,
  contenttype: optStr,
  eventtype: optStr,
  goodafter: optStr,
  createtimestamp: optStr,
  lastmodified: optStr,
  lastupdated: optStr,
  livestart: optStr,
  liveend: optStr,
  archivestart: optStr,
  archiveend: optStr,
  isactive: optFlag,
  istestevent: optFlag,
  campaigncode: optStr,
  audienceurl: optStr,
  displaytimezonecd: optStr,
  tags: stringList,
  eventanalytics: z.looseObject({ totalregistrants: optNum, totalattendees: optNum }).optional().catch(undefined),
});
export type On24Event = z.output<typeof eventSchema>;

/**
 * Envelopes keep their record arrays unparsed: records are parsed one by one (lib/on24/records.ts) so a
 * single record without an eventuserid is set aside and counted rather than failing a page of 100.
 * Paged envelopes carry totals, `pagecount` and a zero-based `currentpage`.
 */
const records = z.array(z.unknown());
const pageFields = { pagecount: optNum, currentpage: optNum };

export const registrantPageSchema = z.looseObject({
  clientid: optId,
  totalregistrants: optNum,
  ...pageFields,
  registrants: records,
});

export const attendeePageSchema = z.looseObject({
  clientid: optId,
  totalattendees: optNum,
  ...pageFields,
  attendees: records,
});

/** Without includesubaccounts=Y the event list has no pagecount/currentpage, only totalevents. */
export const eventListSchema = z.looseObject({ totalevents: optNum, ...pageFields, events: records });

export const eventRegistrantsSchema = z.looseObject({
  eventid: optId,
  totalregistrants: optNum,
  registrants: records,
});

export const eventAttendeesSchema = z.looseObject({
  eventid: optId,
  totalattendees: optNum,
  attendees: records,
});

export const registrantByEmailSchema = z.looseObject({ registrant: registrantSchema });

type SubClient = { id?: string; name?: string; subclients?: SubClient[] };
const subClientSchema: z.ZodType<SubClient> = z.lazy(() =>
  z.looseObject({ id: optId, name: optStr, subclients: listOf(subClientSchema) }),
);

export const clientSchema = z.looseObject({ clientname: optStr, subclients: listOf(subClientSchema) });
export type On24Client = z.output<typeof clientSchema>;
