import type { Alert } from "@/db/schema";
import type { AlertEmailProps } from "@/lib/email/templates/alert";
import type { Fact } from "@/lib/email/templates/parts";
import type { RecoveryEmailProps } from "@/lib/email/templates/recovery";
import type { AlertDetail, AlertKind, AlertPlace } from "./alert-kinds";
import { kindTexts } from "./alert-texts";
import { formatDuration, formatUtc } from "./format";

type Built<P> = { subject: string; props: P };

export function buildAlertEmail(alert: Alert, place: AlertPlace, origin: string, now: Date): Built<AlertEmailProps> {
  const texts = kindTexts(alert.kind as AlertKind, { place, detail: detailOf(alert), origin, now });
  return {
    subject: `[ON24 Connect alert] ${texts.title}${alert.occurrences > 1 ? ` (${alert.occurrences} times)` : ""}`,
    props: {
      title: texts.title,
      summary: texts.summary,
      where: whereFacts(place),
      timeline: [
        { label: "First seen", value: sinceText(alert.firstSeenAt, now) },
        { label: "Last seen", value: formatUtc(alert.lastSeenAt) },
        { label: "How often", value: alert.occurrences === 1 ? "once so far" : `${alert.occurrences} times since first seen` },
      ],
      tried: texts.tried,
      actions: texts.actions,
      links: texts.links,
    },
  };
}

/** `resolution` is what the resolver knows (e.g. the run that succeeded), used for the link. */
export function buildRecoveryEmail(alert: Alert, place: AlertPlace, resolution: AlertDetail, origin: string, now: Date): Built<RecoveryEmailProps> {
  const detail = detailOf(alert);
  const texts = kindTexts(alert.kind as AlertKind, { place, detail: { ...detail, ...resolution }, origin, now });
  const downSince = detail.downSince ? new Date(detail.downSince) : alert.firstSeenAt;
  const downFor = formatDuration(now.getTime() - downSince.getTime());
  return {
    subject: `[ON24 Connect resolved] ${texts.name}: recovered after ${downFor}`,
    props: {
      title: `Resolved: ${texts.name}`,
      summary: `${texts.recovered} It was down for ${downFor}.`,
      where: whereFacts(place),
      timeline: [
        { label: "Down since", value: formatUtc(downSince) },
        { label: "Recovered at", value: formatUtc(now) },
        { label: "Down for", value: downFor },
        { label: "Occurrences while down", value: String(alert.occurrences) },
      ],
      links: texts.links,
    },
  };
}

function sinceText(first: Date, now: Date): string {
  const ago = now.getTime() - first.getTime();
  return ago < 60_000 ? formatUtc(first) : `${formatUtc(first)} (${formatDuration(ago)} ago)`;
}

function whereFacts(place: AlertPlace): Fact[] {
  if (!place) return [{ label: "Scope", value: "the whole service (all workspaces)" }];
  return [
    { label: "Workspace", value: place.name },
    { label: "Workspace ID", value: place.id },
    { label: "ON24 client ID", value: place.on24ClientId ?? "not connected yet" },
  ];
}

function detailOf(alert: Alert): AlertDetail {
  const { occurrenceKeys: _keys, ...detail } = alert.detail as AlertDetail & { occurrenceKeys?: unknown };
  return detail;
}
