/**
 * Event content types. The event list's `contenttype` filter documents all, experience, gateway, golive,
 * pdf, video, webcast, webpage and forum; Virtual Conference events arrive as "virtualenvironment" in
 * responses (the VE examples) although the filter's list does not name it.
 */
export const ON24_CONTENT_TYPE_FILTERS = [
  "all",
  "webcast",
  "gateway",
  "experience",
  "virtualenvironment",
  "golive",
  "pdf",
  "video",
  "webpage",
  "forum",
] as const;
export type On24ContentTypeFilter = (typeof ON24_CONTENT_TYPE_FILTERS)[number];

/** The products the Marketo integration syncs, by the contenttype ON24 reports for their events. */
export const ON24_PRODUCTS: Record<string, string> = {
  webcast: "Webinar",
  golive: "Webinar (Go Live)",
  gateway: "Engagement Hub",
  experience: "Target",
  virtualenvironment: "Virtual Conference",
};

/** `datefiltermode` values of the event list (not case-sensitive at ON24). */
export const ON24_EVENT_DATE_FILTER_MODES = [
  "goodafter",
  "updated",
  "modified",
  "creation",
  "livestart",
  "liveend",
  "archivestart",
  "archiveend",
] as const;
export type On24EventDateFilterMode = (typeof ON24_EVENT_DATE_FILTER_MODES)[number];
