import { Badge } from "@/components/ui/badge";

const STATUS = {
  outbox: { label: "Kept in outbox", tone: "neutral" },
  sent: { label: "Sent", tone: "success" },
  failed: { label: "Failed", tone: "danger" },
} as const;

export function EmailStatusBadge({ status }: { status: string }) {
  const known = STATUS[status as keyof typeof STATUS];
  return <Badge tone={known?.tone ?? "neutral"}>{known?.label ?? status}</Badge>;
}

const KINDS: Record<string, string> = {
  invitation: "Invitation",
  password_reset: "Password reset",
  run_summary: "Run summary",
};

/** alert:<kind> and recovery:<kind> read as "Alert: quota" etc. */
export function emailKindLabel(kind: string): string {
  if (KINDS[kind]) return KINDS[kind];
  const [group, detail] = kind.split(":");
  const name = group.charAt(0).toUpperCase() + group.slice(1).replaceAll("_", " ");
  return detail ? `${name}: ${detail.replaceAll("_", " ")}` : name;
}
