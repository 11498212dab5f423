"use client";

import { useSyncExternalStore } from "react";

const UTC = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

const subscribe = () => () => {};

/**
 * A date and time in the viewer's own time zone and locale. The server does not know that zone, so
 * the server render (and hydration) shows UTC, labelled; the browser then switches to local time.
 * The title always holds the exact UTC instant.
 */
export function LocalTime({ value, withSeconds = false }: { value: Date | string; withSeconds?: boolean }) {
  const date = typeof value === "string" ? new Date(value) : value;
  const inBrowser = useSyncExternalStore(subscribe, () => true, () => false);
  const text = inBrowser
    ? date.toLocaleString(undefined, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", ...(withSeconds && { second: "2-digit" }) })
    : `${UTC.format(date)} UTC`;
  return (
    <time dateTime={date.toISOString()} title={`${date.toISOString().replace("T", " ").slice(0, 19)} UTC`} className="whitespace-nowrap">
      {text}
    </time>
  );
}
