/** ON24 answers JSON; errors are `{"message": "..."}` (the only error body observed, on24-api-notes.md §1.3). */

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

export function on24Error(status: number, message: string): Response {
  return json({ message }, status);
}

export const MESSAGES = {
  missingHeaders: "Header must contain both accessTokenKey and accessTokenSecret.",
  badToken: "AccessTokenKey and AccessTokenSecret are wrong or invalid.",
  deactivated: "AccessTokenKey and AccessTokenSecret are deactivated.",
  noPermission: "You do not have permission to perform the requested operation.",
  callLimit: "You have reached the maximum number of calls for this api.",
  badDates: "Error, incorrect date formats.",
  badEventDates: "Invalid Date format for params startdate and enddate.",
  eventRange: "startDate's max range between start and end dates can be up to 6 months",
  clientInactive: (id: string) => `The client id ${id} is inactive.`,
  noClient: (id: string) => `The client ${id} doesn't exist.`,
  noEvent: (id: string) => `The event ${id} doesn't exist.`,
  noRegistrant: "No registrant was found for that email address",
  noRegistrantForEvent: "No registrant was found for that email address and eventId combination",
  noAttendee: (email: string) => `The attendant ${email} doesn't exist.`,
};

/** A response the request handler returns early with (bad parameters and the like). */
export class HttpAnswer extends Error {
  constructor(readonly response: Response) {
    super("early answer");
  }
}
