"use client";

import { useSyncExternalStore } from "react";

const UTC_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const UTC_TIME = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

const subscribe = () => () => {};

type Props = {
  value: Date | string;
  withSeconds?: boolean;
  /** Date above time, for narrow table columns. */
  stacked?: boolean;
};

/**
 * A date and time in the viewer's own time zone and locale. The server does not know that zone, so
 * the server render (and hydration) shows UTC, labelled; the browser then switches to local time.
 * The title always holds the exact UTC instant.
 */
export function LocalTime({ value, withSeconds = false, stacked = false }: Props) {
  const date = typeof value === "string" ? new Date(value) : value;
  const inBrowser = useSyncExternalStore(subscribe, () => true, () => false);
  const day = inBrowser ? date.toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" }) : UTC_DATE.format(date);
  const time = inBrowser
    ? date.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit", ...(withSeconds && { second: "2-digit" }) })
    : `${UTC_TIME.format(date)} UTC`;
  return (
    <time dateTime={date.toISOString()} title={`${date.toISOString().replace("T", " ").slice(0, 19)} UTC`} className={stacked ? "block whitespace-nowrap" : "whitespace-nowrap"}>
      {stacked ? (
        <>
          {day}
          <span className="block text-xs text-slate-500">{time}</span>
        </>
      ) : (
        `${day}, ${time}`
      )}
    </time>
  );
}
