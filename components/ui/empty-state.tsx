import type { LucideIcon } from "lucide-react";
import { cn } from "./cn";

type EmptyStateProps = {
  icon?: LucideIcon;
  title: string;
  /** Say what will appear here and what makes it appear. */
  description: React.ReactNode;
  /** A next step: a link or button. */
  action?: React.ReactNode;
  className?: string;
};

export function EmptyState({ icon: Icon, title, description, action, className }: EmptyStateProps) {
  return (
    <div className={cn("flex flex-col items-center justify-center px-6 py-12 text-center", className)}>
      {Icon && (
        <div className="mb-4 flex size-11 items-center justify-center rounded-full bg-brand-50 text-brand-600">
          <Icon className="size-5" aria-hidden />
        </div>
      )}
      <h3 className="text-base font-semibold text-slate-900">{title}</h3>
      <div className="mt-1 max-w-md text-sm text-slate-600">{description}</div>
      {action && <div className="mt-5">{action}</div>}
    </div>
  );
}
