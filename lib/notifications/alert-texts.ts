import { explainCode } from "@/lib/activity/explain-code";
import type { EmailLink, Fact } from "@/lib/email/templates/parts";
import type { AlertDetail, AlertKind, AlertPlace } from "./alert-kinds";
import { formatDuration, formatUtc } from "./format";
import { connectionHealthUrl, connectionUrl, processUrl, staffOutboxUrl, supportProcessUrl, supportSearchUrl, supportUrl } from "./links";
import { redactSecrets } from "./redact";

/** What each kind of alert says; alert-content.ts adds where, since when and how often. */
/** `name` names the problem without figures that change while it lasts (used by the recovery email). */
export type KindTexts = { title: string; name: string; summary: string; tried: Fact[]; actions: string[]; links: EmailLink[]; recovered: string };
export type KindContext = { place: AlertPlace; detail: AlertDetail; origin: string; now: Date };

const CREDENTIAL_SYSTEMS: Record<string, string> = { on24_auth_failed: "ON24", not_configured: "The connection setup" };

export function kindTexts(kind: AlertKind, ctx: KindContext): KindTexts {
  return TEXTS[kind](ctx);
}

const TEXTS: Record<AlertKind, (ctx: KindContext) => KindTexts> = {
  run_failed: (ctx) => {
    if (ctx.detail.stalled) return stalledRun(ctx);
    const { place, detail, origin } = ctx;
    const why = explainCode(detail.errorCode);
    const name = place?.name ?? "a workspace";
    return {
      title: `Sync failed for ${name}`,
      name: `Sync failed for ${name}`,
      summary: `A sync run of ${name} failed${why ? `: ${why.title}` : ""}. ${why?.explanation ?? ""}`.trim(),
      tried: errorFacts(detail),
      actions: [
        why?.transient
          ? "This is usually temporary and the next run (within minutes) retries on its own. Act if it still fails after an hour: you will get another email then."
          : "This will not fix itself: later runs fail the same way until the cause is removed.",
        ...(why ? [why.fix] : []),
        "Open the run to see how far it got and which records it wrote before stopping; nothing written is lost, the next run resumes from the checkpoint.",
      ],
      links: runLinks(origin, detail, place),
      recovered: `Syncing works again for ${name}: a later run finished.`,
    };
  },
  credentials: ({ place, detail, origin }) => {
    const why = explainCode(detail.errorCode);
    const system = CREDENTIAL_SYSTEMS[detail.errorCode ?? ""] ?? "Marketo";
    const name = place?.name ?? "a workspace";
    return {
      title: `Connection broke for ${name}`,
      name: `Connection broke for ${name}`,
      summary: `${system} refused the connection of ${name}${why ? `: ${why.title}` : ""}. This workspace does not sync until an admin fixes and saves its connection. You get this email once until it is fixed.`,
      tried: errorFacts(detail),
      actions: [
        ...(why ? [why.fix] : []),
        `Ask an admin of ${name} to open Connection, enter working ${system} credentials and run Test Connection; Test Connection names the missing permission.`,
        "Syncing resumes with the next run after the connection is saved; you get a recovery email then.",
      ],
      links: [
        ...runLinks(origin, detail, place),
        { label: "Connection health (support console)", href: connectionHealthUrl(origin) },
        { label: "Connection page (workspace members)", href: connectionUrl(origin) },
      ],
      recovered: `The credentials of ${name} work again: a later run finished.`,
    };
  },
  quota: ({ place, detail, origin }) => {
    const name = place?.name ?? "a workspace";
    const resumes = detail.resumesAt ? formatUtc(new Date(detail.resumesAt)) : "the next midnight US Central time";
    return {
      title: `Marketo daily quota used up for ${name}`,
      name: `Marketo daily quota used up for ${name}`,
      summary: `The Marketo instance of ${name} used its daily API quota (607). Syncing is paused and resumes on its own at ${resumes}.`,
      tried: [...errorFacts(detail), { label: "Resumes at", value: `${resumes} (Marketo resets the quota at midnight US Central)` }],
      actions: [
        "Nothing is lost: the paused run resumes from its checkpoint after the reset.",
        "The quota is shared with the customer's other Marketo integrations. If this repeats, ask the customer to have Adobe raise it, or lower this workspace's call budget.",
      ],
      links: runLinks(origin, detail, place),
      recovered: `Syncing resumed for ${name} after the Marketo quota reset: a later run finished.`,
    };
  },
  scheduler_stalled: ({ detail, origin, now }) => {
    const last = detail.lastTickAt ? new Date(detail.lastTickAt) : null;
    const since = last ?? (detail.downSince ? new Date(detail.downSince) : now);
    const silent = formatDuration(now.getTime() - since.getTime());
    return {
      title: last ? `Scheduler stalled: no successful sync tick for ${silent}` : `Scheduler stalled: no sync tick has ever succeeded (${silent})`,
      name: "Scheduler stalled",
      summary: last
        ? `No scheduled sync tick has succeeded since ${formatUtc(last)}. No workspace syncs until the scheduler runs again.`
        : `No scheduled sync tick has ever succeeded, though a workspace has been ready to sync since ${formatUtc(since)}. Nothing syncs until the scheduler runs.`,
      tried: [
        { label: "Last successful tick", value: last ? `${formatUtc(last)} (${silent} ago)` : "none recorded" },
        { label: "Checked at", value: formatUtc(now) },
      ],
      actions: [
        "On Vercel: open the project's Cron Jobs settings and check that /api/cron/sync is listed and enabled (every 5 minutes).",
        "Check the function logs of /api/cron/sync: a 401 means CRON_SECRET is missing or differs from the deployment's; a timeout or error names the cause.",
        "Self-hosted: check the crontab line that calls /api/cron/sync and that the server is up.",
      ],
      links: [
        { label: "Support console", href: supportUrl(origin) },
        { label: "On-call emails", href: staffOutboxUrl(origin) },
      ],
      recovered: "The scheduler ticks again: a sync tick succeeded.",
    };
  },
  lock_expired: ({ place, detail, origin }) => {
    const name = place?.name ?? "a workspace";
    return {
      title: `Sync lock expired for ${name}`,
      name: `Sync lock expired for ${name}`,
      summary: `A sync of ${name} held its workspace lock past its time-to-live, so the run probably hung or its function was stopped.`,
      tried: [
        ...(detail.ttlMs ? [{ label: "Lock TTL", value: formatDuration(detail.ttlMs) }] : []),
        ...(detail.heldForMs ? [{ label: "Held for", value: formatDuration(detail.heldForMs) }] : []),
        ...errorFacts(detail),
      ],
      actions: [
        "The next tick takes the workspace over and resumes from the last checkpoint; writes are idempotent, so nothing is lost or written twice.",
        "If this repeats, a run is hanging: open the run to see how far it got, and check the function logs for timeouts near the time below.",
      ],
      links: runLinks(origin, detail, place),
      recovered: `${name} syncs normally again: a later run finished.`,
    };
  },
};

/** A run that keeps stopping on a temporary error: not failed (it resumes), but stuck long enough to act on. */
function stalledRun({ place, detail, origin, now }: KindContext): KindTexts {
  const why = explainCode(detail.errorCode);
  const name = place?.name ?? "a workspace";
  const since = detail.downSince ? new Date(detail.downSince) : now;
  return {
    title: `Sync stuck for ${name}`,
    name: `Sync failed for ${name}`,
    summary: `A sync run of ${name} has made no progress for ${formatDuration(now.getTime() - since.getTime())}${why ? `: ${why.title}` : ""}. ${why?.explanation ?? ""} Each run retries and stops on the same error.`.trim(),
    tried: [...errorFacts(detail), { label: "No progress since", value: formatUtc(since) }],
    actions: [
      ...(why ? [why.fix] : []),
      "Check the service's status page and whether other workspaces on the same system are stuck too (support console). The run resumes from its checkpoint by itself once the service answers; nothing written is lost.",
      "You get this email at most once an hour while it lasts, and a recovery email when a run of this workspace finishes.",
    ],
    links: runLinks(origin, detail, place),
    recovered: `Syncing works again for ${name}: a later run finished.`,
  };
}

function errorFacts(detail: AlertDetail): Fact[] {
  const facts: Fact[] = [];
  if (detail.processId) facts.push({ label: "Process ID", value: String(detail.processId) });
  if (detail.errorCode) facts.push({ label: "Error code", value: detail.errorCode });
  const message = redactSecrets(detail.errorMessage);
  if (message) facts.push({ label: "Error message", value: message });
  if (detail.attempts) facts.push({ label: "Attempts", value: `${detail.attempts} (temporary errors are retried with backoff before a run stops)` });
  if (detail.marketoCalls !== undefined) facts.push({ label: "Marketo API calls in the run", value: String(detail.marketoCalls) });
  if (detail.on24Calls !== undefined) facts.push({ label: "ON24 API calls in the run", value: String(detail.on24Calls) });
  return facts;
}

function runLinks(origin: string, detail: AlertDetail, place: AlertPlace): EmailLink[] {
  const links: EmailLink[] = [];
  if (detail.processId) {
    links.push({ label: "Open the run in the support console", href: supportProcessUrl(origin, detail.processId) });
    links.push({ label: "The run on its workspace's Activity page (members)", href: processUrl(origin, detail.processId) });
  }
  if (place?.on24ClientId) links.push({ label: "The workspace's runs in the support console", href: supportSearchUrl(origin, "client_id", place.on24ClientId) });
  if (links.length === 0) links.push({ label: "Support console", href: supportUrl(origin) });
  return links;
}
