import { LoaderCircle } from "lucide-react";

/** A button's content: its icon and label, or a spinner and the pending label while its action runs. */
export function PendingLabel({ pending, icon, label, pendingLabel }: { pending: boolean; icon: React.ReactNode; label: string; pendingLabel: string }) {
  return pending ? (
    <>
      <LoaderCircle className="animate-spin" aria-hidden />
      {pendingLabel}
    </>
  ) : (
    <>
      {icon}
      {label}
    </>
  );
}
