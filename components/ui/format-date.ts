/**
 * Dates and times as people read them, in UTC with the zone stated: pages render on the server, which
 * does not know the viewer's time zone, and a silent server-local time would mislead.
 */
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

export function formatDate(value: Date): string {
  return DATE.format(value);
}

export function formatDateTime(value: Date): string {
  return `${DATE_TIME.format(value)} UTC`;
}
