import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { OpenAlertItem } from "@/db/queries/staff-outbox";

const KIND_LABELS: Record<string, string> = {
  run_failed: "Run failed",
  credentials: "Connection broke",
  quota: "Marketo quota used up",
  scheduler_stalled: "Scheduler stalled",
  lock_expired: "Lock expired",
};

/** What is still broken right now, so on-call sees at a glance which emails need work. */
export function OpenAlerts({ alerts }: { alerts: OpenAlertItem[] }) {
  if (alerts.length === 0) return null;
  return (
    <Card className="mb-6">
      <CardHeader>
        <CardTitle>Open problems</CardTitle>
      </CardHeader>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Problem</TableHead>
            <TableHead>Where</TableHead>
            <TableHead>First seen</TableHead>
            <TableHead>Last seen</TableHead>
            <TableHead>Times</TableHead>
            <TableHead>Emailed</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {alerts.map((alert) => (
            <TableRow key={alert.id} data-testid="open-alert-row">
              <TableCell>
                <Badge tone="danger">{KIND_LABELS[alert.kind] ?? alert.kind}</Badge>
              </TableCell>
              <TableCell>{alert.workspaceId ? (alert.workspaceName ?? alert.workspaceId) : "All workspaces"}</TableCell>
              <TableCell className="whitespace-nowrap text-slate-500">{formatDateTime(alert.firstSeenAt)}</TableCell>
              <TableCell className="whitespace-nowrap text-slate-500">{formatDateTime(alert.lastSeenAt)}</TableCell>
              <TableCell>{alert.occurrences}</TableCell>
              <TableCell className="whitespace-nowrap text-slate-500">{alert.lastSentAt ? formatDateTime(alert.lastSentAt) : "Not emailed"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}
