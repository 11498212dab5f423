/** processes.triggered_by, read: "cron" | "local" | "cli" | "user:<id>" (and whatever comes later). */
export type Trigger =
  | { kind: "schedule"; label: string }
  | { kind: "user"; userId: string }
  | { kind: "other"; label: string };

const LABELS: Record<string, string> = {
  cron: "The schedule (every few minutes)",
  local: "The local scheduler (embedded mode)",
  cli: "The command line (npm run sync)",
};

export function parseTrigger(value: string | null): Trigger {
  if (!value) return { kind: "other", label: "Not recorded" };
  if (value.startsWith("user:") && value.length > 5) return { kind: "user", userId: value.slice(5) };
  const label = LABELS[value];
  return label ? { kind: "schedule", label } : { kind: "other", label: value };
}

/** What the triggered_by of a run started by a person holds. */
export function userTrigger(userId: string): string {
  return `user:${userId}`;
}
