import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import type { ConnectionView } from "@/db/queries/connection";

/** One line the page header shows: is this workspace syncing, and if not, why. */
export function ConnectionStatusBadge({ view }: { view: ConnectionView }) {
  if (view.connectionStatus === "broken") return <Badge tone="danger">Broken</Badge>;
  if (view.syncEnabled) return <Badge tone="success">Connected · syncing</Badge>;
  if (view.validatedAt) return <Badge tone="warning">Not syncing</Badge>;
  return <Badge>Not set up</Badge>;
}

/** What the last sync recorded when the credentials stopped working. */
export function BrokenConnectionAlert({ view }: { view: ConnectionView }) {
  if (view.connectionStatus !== "broken") return null;
  return (
    <Alert tone="danger" title="The connection stopped working">
      {view.connectionError ?? "The last sync could not use the stored credentials."} Fix the credentials below, run Test Connection, then
      Save to resume syncing.
    </Alert>
  );
}

export function NotSyncingAlert({ view }: { view: ConnectionView }) {
  if (view.syncEnabled || view.connectionStatus === "broken") return null;
  const steps = !view.hasOn24Token
    ? "Associate an ON24 access token, enter the Marketo credentials, run Test Connection and Save."
    : "Enter the Marketo credentials, run Test Connection and Save.";
  return (
    <Alert tone="info" title="Nothing is synced for this workspace yet">
      {steps} The setup guide lists what to prepare in Marketo and ON24 first.
    </Alert>
  );
}
